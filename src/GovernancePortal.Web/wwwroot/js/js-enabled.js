// Marks the page as script-capable before it paints (GOV.UK Frontend styles depend on these classes).
// Kept in its own file so the Content Security Policy can forbid inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
