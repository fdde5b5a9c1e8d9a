using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;

namespace GovernancePortal.Web.Security;

/// <summary>
/// The sign-in cookie's format (Data Protection), remembering what each cookie value it has read says: a signed-in
/// browser sends the same cookie on every request, and the cookie says only which session it is, so decrypting it
/// again each time is wasted work. Whether the session is still live is the session store's question, asked on every
/// request (<see cref="SessionTicketStore"/>). A value is remembered for a minute at most; a value that does not
/// decrypt is never remembered.
/// </summary>
public sealed class RememberedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    private const int MaxEntries = 10_000;
    private static readonly long Lifetime = Stopwatch.Frequency * 60;

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, long ReadAt)> _read = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText) || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = Stopwatch.GetTimestamp();
        if (_read.TryGetValue(protectedText, out var known) && now - known.ReadAt < Lifetime)
        {
            return known.Ticket;
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is not null)
        {
            if (_read.Count >= MaxEntries)
            {
                _read.Clear();
            }

            _read[protectedText] = (ticket, now);
        }

        return ticket;
    }
}
