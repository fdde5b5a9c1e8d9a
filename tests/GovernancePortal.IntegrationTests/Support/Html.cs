using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// Reading pages with AngleSharp and submitting their forms the way a browser would: the form as the page renders it
/// (its own action, field names, hidden fields, selected options and checked boxes), with only the fields a test
/// names changed. This is the one way tests post forms (see <see cref="RenderedForm"/>).
/// </summary>
public static class Html
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return await Browser.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "https://localhost/"));
    }

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await ParseAsync(response));
    }

    /// <summary>
    /// GETs <paramref name="pageUrl"/> and returns its form that posts to <paramref name="handler"/> (through the
    /// form's action or one of its buttons' formaction), or without a handler its first post form in main that names
    /// no handler. Fails when the page has no such form.
    /// </summary>
    public static async Task<RenderedForm> GetFormAsync(this HttpClient client, string pageUrl, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (response, page) = await client.GetPageAsync(pageUrl);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}, so there is no form to submit.");
        }

        return RenderedForm.Find(client, pageUrl, page, handler);
    }

    /// <summary>
    /// GETs <paramref name="pageUrl"/>, then submits its form (see <see cref="GetFormAsync"/>) as rendered, with the
    /// given fields changed. A field name the form does not render fails the test.
    /// </summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> SubmitFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var form = await client.GetFormAsync(pageUrl, handler);
        return await form.SubmitAsync(fields);
    }

    /// <summary>
    /// As <see cref="SubmitFormAsync"/>, but a choice field (select, radios, checkboxes) may carry a value the form
    /// does not offer, as a tampered request would: for tests of hostile input. Field names must still be rendered.
    /// </summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> SubmitTamperedFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var form = await client.GetFormAsync(pageUrl, handler);
        return await form.SubmitAsync(fields, offeredChoicesOnly: false);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = PortalFactory.DemoPassword)
    {
        var (response, _) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", password)]);
        return response;
    }

    /// <summary>Signs in and checks it worked.</summary>
    public static async Task SignInOrFailAsync(this HttpClient client, string email, string password = PortalFactory.DemoPassword)
    {
        var response = await client.SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} failed with {(int)response.StatusCode}.");
    }

    /// <summary>An antiforgery token issued to <paramref name="client"/> (from the sign-out form every signed-in page has, or the sign-in form).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var url in new[] { "/", "/account/sign-in" })
        {
            var (_, page) = await client.GetPageAsync(url);
            if (page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value is { Length: > 0 } token)
            {
                return token;
            }
        }

        throw new InvalidOperationException("No page gave this client an antiforgery token.");
    }

    public static IReadOnlyList<string> ErrorSummary(this IDocument document) =>
        [.. document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim())];

    public static string? FieldError(this IDocument document, string fieldId) =>
        document.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim();
}

/// <summary>A file chosen in a form's file input.</summary>
public sealed record UploadedFile(string FieldName, string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>
/// One form as the page rendered it. <see cref="SubmitAsync"/> sends what a browser would send for it: every
/// successful control with its rendered value (hidden fields and version tokens included; checkboxes and radios only
/// when checked; a select's selected option, or its first), the button that posts to the handler, and the
/// antiforgery token, to the form's own action. Fields the test names replace the rendered values; a name the form
/// does not render, or a choice it does not offer, fails the test, as a browser could not send it either.
/// </summary>
public sealed class RenderedForm
{
    private readonly HttpClient _client;
    private readonly List<Control> _controls;
    private readonly KeyValuePair<string, string>? _submitter;

    private RenderedForm(HttpClient client, string pageUrl, IHtmlFormElement element, string action, KeyValuePair<string, string>? submitter)
    {
        _client = client;
        PageUrl = pageUrl;
        Element = element;
        Action = action;
        _submitter = submitter;
        _controls = [.. Controls(element)];
    }

    public string PageUrl { get; }

    /// <summary>Where the form posts (its action, or its handler button's formaction).</summary>
    public string Action { get; }

    public IHtmlFormElement Element { get; }

    public bool IsMultipart => string.Equals(Element.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every field name the form renders (including hidden fields, not the antiforgery token).</summary>
    public IReadOnlyList<string> FieldNames => [.. _controls.Select(c => c.Name).Where(n => n != Token).Distinct(StringComparer.Ordinal)];

    /// <summary>The fields a person types into (text inputs and text areas; not hidden fields or choices).</summary>
    public IReadOnlyList<string> TextFieldNames => [.. _controls.Where(c => c.IsText).Select(c => c.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The values the form would send as rendered.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RenderedValues => [.. _controls.Where(c => c.Value is not null && c.Name != Token).Select(c => new KeyValuePair<string, string>(c.Name, c.Value!))];

    /// <summary>The value a field would send as rendered (the first, for a field with several).</summary>
    public string? Value(string name) => _controls.FirstOrDefault(c => c.Name == name && c.Value is not null)?.Value;

    /// <summary>The values a field offers (options of a select, values of radios or checkboxes).</summary>
    public IReadOnlyList<string> Choices(string name) => [.. _controls.Where(c => c.Name == name).SelectMany(c => c.Choices ?? [])];

    private const string Token = "__RequestVerificationToken";

    internal static RenderedForm Find(HttpClient client, string pageUrl, IDocument page, string? handler)
    {
        static string? HandlerButton(IHtmlFormElement form, string handler) =>
            form.QuerySelectorAll("button[formaction], input[type=submit][formaction]").Select(b => b.GetAttribute("formaction"))
                .FirstOrDefault(a => a!.Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase));
        static bool ActionNames(IHtmlFormElement form, string handler) =>
            (form.GetAttribute("action") ?? string.Empty).Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase);

        var forms = page.QuerySelectorAll<IHtmlFormElement>("main form").Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList();
        if (forms.Count == 0)
        {
            forms = [.. page.QuerySelectorAll<IHtmlFormElement>("form").Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))];
        }

        var form = forms.FirstOrDefault(f => handler is null
                ? !(f.GetAttribute("action") ?? string.Empty).Contains("handler=", StringComparison.OrdinalIgnoreCase)
                : ActionNames(f, handler) || HandlerButton(f, handler) is not null)
            ?? throw new InvalidOperationException($"No post form{(handler is null ? string.Empty : $" for handler {handler}")} on {pageUrl}.");
        return ForElement(client, pageUrl, form, handler);
    }

    /// <summary>A form element of a page already read (for pages with several forms of the same kind, e.g. one per row).</summary>
    public static RenderedForm ForElement(HttpClient client, string pageUrl, IHtmlFormElement form, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var formAction = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        IElement? button = null;
        if (handler is not null && !formAction.Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase))
        {
            button = form.QuerySelectorAll("button[formaction], input[type=submit][formaction]")
                .First(b => b.GetAttribute("formaction")!.Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase));
        }

        button ??= form.QuerySelector("button[type=submit], button:not([type]), input[type=submit]");
        var action = Resolve(pageUrl, button?.GetAttribute("formaction") is { Length: > 0 } buttonAction ? buttonAction : formAction);
        KeyValuePair<string, string>? submitter = button?.GetAttribute("name") is { Length: > 0 } buttonName
            ? new(buttonName, button.GetAttribute("value") ?? string.Empty)
            : null;
        return new RenderedForm(client, pageUrl, form, action, submitter);
    }

    /// <summary>The same form as rendered, posted to another address (a forged request for another record).</summary>
    public RenderedForm PostingTo(string action) => new(_client, PageUrl, Element, action, _submitter);

    /// <summary>Every way to submit every post form of the page: each form's action and each of its buttons' formaction.</summary>
    public static IEnumerable<RenderedForm> AllOn(HttpClient client, string pageUrl, IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form").Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
        {
            yield return ForElement(client, pageUrl, form);
            var handlers = form.QuerySelectorAll("button[formaction], input[type=submit][formaction]")
                .Select(b => System.Text.RegularExpressions.Regex.Match(b.GetAttribute("formaction")!, "handler=([A-Za-z]+)"))
                .Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var handler in handlers)
            {
                yield return ForElement(client, pageUrl, form, handler);
            }
        }
    }

    /// <summary>
    /// Posts the form as rendered with the test hosts' dry-run header (<see cref="FormBindingCheck"/>): the app checks
    /// that every field binds to the page's input and stops before the handler, changing nothing. Returns null when
    /// all is well, otherwise what is wrong.
    /// </summary>
    public async Task<string?> CheckBindingAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Action, UriKind.RelativeOrAbsolute))
        {
            Content = IsMultipart ? Multipart(Values([]), []) : new FormUrlEncodedContent(Values([])),
        };
        request.Headers.Add(FormBindingCheck.DryRunHeader, "1");
        using var response = await _client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.NoContent
            ? null
            : $"the form on {PageUrl} posting to {Action} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
    }

    /// <summary>An action relative to the page (<c>?handler=Delete</c>) as the browser resolves it: path and query.</summary>
    private static string Resolve(string pageUrl, string action)
    {
        var page = new Uri(new Uri("https://localhost/"), pageUrl);
        var resolved = new Uri(page, action);
        return resolved.PathAndQuery;
    }

    /// <summary>
    /// Submits the form as rendered with <paramref name="fields"/> changed (several entries with one name give a
    /// multi-valued field, e.g. checkboxes; an empty value unchecks them all). <paramref name="asClient"/> submits the same form from another client
    /// (another user), with that client's own antiforgery token.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> SubmitAsync(
        IEnumerable<KeyValuePair<string, string>>? fields = null, IEnumerable<UploadedFile>? files = null, HttpClient? asClient = null, bool offeredChoicesOnly = true)
    {
        var values = Values(fields ?? [], offeredChoicesOnly);
        var client = asClient ?? _client;
        if (asClient is not null)
        {
            var token = await TokenOfAsync(asClient);
            values = [.. values.Where(v => v.Key != Token), new(Token, token)];
        }
        else if (values.All(v => v.Key != Token))
        {
            throw new InvalidOperationException($"The form on {PageUrl} has no antiforgery token.");
        }

        HttpContent content;
        var uploads = (files ?? []).ToList();
        foreach (var file in uploads.Where(f => !_controls.Any(c => c.Name == f.FieldName && c.IsFile)))
        {
            throw new InvalidOperationException($"The form on {PageUrl} has no file field named '{file.FieldName}'.");
        }

        if (IsMultipart)
        {
            content = Multipart(values, uploads);
        }
        else
        {
            if (uploads.Count > 0)
            {
                throw new InvalidOperationException($"The form on {PageUrl} is not multipart, so it cannot upload files.");
            }

            content = new FormUrlEncodedContent(values);
        }

        var response = await client.PostAsync(new Uri(Action, UriKind.RelativeOrAbsolute), content);
        return (response, await Html.ParseAsync(response));
    }

    // A client of the test scheme is one account for its whole life, so the antiforgery token it was issued stays
    // valid: fetch it once. A client that signs in or out for real changes who it is, so it fetches a fresh one.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, Tuple<string, string>> TestSchemeTokens = [];

    private static async Task<string> TokenOfAsync(HttpClient client)
    {
        if (!client.DefaultRequestHeaders.TryGetValues(TestAuthentication.UserHeader, out var values) || string.Join(",", values) is not { Length: > 0 } account)
        {
            return await client.AntiforgeryTokenAsync();
        }

        if (TestSchemeTokens.TryGetValue(client, out var known) && known.Item1 == account)
        {
            return known.Item2;
        }

        var token = await client.AntiforgeryTokenAsync();
        TestSchemeTokens.AddOrUpdate(client, Tuple.Create(account, token));
        return token;
    }

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> values, IEnumerable<UploadedFile> uploads)
    {
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var file in uploads)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            multipart.Add(part, file.FieldName, file.FileName);
        }

        return multipart;
    }

    /// <summary>The form data set: rendered values in document order, with the given fields replacing them.</summary>
    public List<KeyValuePair<string, string>> Values(IEnumerable<KeyValuePair<string, string>> fields, bool offeredChoicesOnly = true)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var given = fields.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.Value).ToList(), StringComparer.Ordinal);
        foreach (var (name, wanted) in given)
        {
            var controls = _controls.Where(c => c.Name == name).ToList();
            if (controls.Count == 0)
            {
                throw new InvalidOperationException(
                    $"The form on {PageUrl} (posting to {Action}) renders no field named '{name}'. It renders: {string.Join(", ", FieldNames)}.");
            }

            var choices = controls.Where(c => c.Choices is not null).SelectMany(c => c.Choices!).ToList();
            var isChoice = controls.All(c => c.Choices is not null);
            if (isChoice && offeredChoicesOnly)
            {
                var offered = wanted.Where(w => w.Length > 0 || choices.Contains(w)).ToList();
                var missing = offered.Where(w => !choices.Contains(w, StringComparer.Ordinal)).ToList();
                if (missing.Count > 0)
                {
                    throw new InvalidOperationException(
                        $"The field '{name}' on {PageUrl} offers {string.Join(", ", choices.Select(c => $"'{c}'"))}, not {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
                }
            }
            else if (wanted.Count > controls.Count)
            {
                throw new InvalidOperationException($"The form on {PageUrl} renders {controls.Count} field(s) named '{name}', not {wanted.Count}.");
            }
        }

        var result = new List<KeyValuePair<string, string>>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var control in _controls)
        {
            if (given.TryGetValue(control.Name, out var wanted))
            {
                if (written.Add(control.Name))
                {
                    // An empty choice means "none chosen": a browser sends nothing for unchecked boxes.
                    result.AddRange(wanted.Where(w => control.Choices is null || w.Length > 0 || control.Choices.Contains(w) || !offeredChoicesOnly).Select(w => new KeyValuePair<string, string>(control.Name, w)));
                }

                continue;
            }

            if (control.Value is not null)
            {
                result.Add(new(control.Name, control.Value));
            }
        }

        if (_submitter is { } button && !given.ContainsKey(button.Key))
        {
            result.Add(button);
        }

        return result;
    }

    /// <summary>A named control of the form: its value as the browser would send it (null: nothing), and the choices it offers.</summary>
    private sealed record Control(string Name, string? Value, IReadOnlyList<string>? Choices, bool IsFile = false, bool IsText = false);

    private static IEnumerable<Control> Controls(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled") || element.Closest("fieldset[disabled]") is not null)
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input:
                    var type = (input.GetAttribute("type") ?? "text").ToLowerInvariant();
                    switch (type)
                    {
                        case "submit" or "button" or "reset" or "image":
                            continue;
                        case "checkbox" or "radio":
                            var value = input.GetAttribute("value") ?? "on";
                            yield return new Control(name, input.HasAttribute("checked") ? value : null, [value]);
                            break;
                        case "file":
                            yield return new Control(name, null, null, IsFile: true);
                            break;
                        default:
                            yield return new Control(name, input.GetAttribute("value") ?? string.Empty, null, IsText: type != "hidden");
                            break;
                    }

                    break;
                case IHtmlSelectElement select:
                    var options = select.QuerySelectorAll("option").Where(o => !o.HasAttribute("disabled")).ToList();
                    var choices = options.Select(o => o.GetAttribute("value") ?? o.TextContent.Trim()).ToList();
                    var selected = options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value") ?? o.TextContent.Trim()).ToList();
                    if (select.HasAttribute("multiple"))
                    {
                        foreach (var chosen in selected)
                        {
                            yield return new Control(name, chosen, choices);
                        }

                        if (selected.Count == 0)
                        {
                            yield return new Control(name, null, choices);
                        }
                    }
                    else
                    {
                        yield return new Control(name, selected.Count > 0 ? selected[^1] : choices.FirstOrDefault(), choices);
                    }

                    break;
                case IHtmlTextAreaElement textArea:
                    yield return new Control(name, textArea.Value, null, IsText: true);
                    break;
                default:
                    break;
            }
        }
    }
}
