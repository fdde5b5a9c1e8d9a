using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Benchmarks.Fortunes;

/// <summary>The Fortunes page: every row read, one added at request time, sorted by message.</summary>
public sealed class FortunesModel(FortunesDb db) : PageModel
{
    public const string AddedMessage = "Additional fortune added at request time.";

    public IReadOnlyList<Fortune> Fortunes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var fortunes = await db.Fortunes.AsNoTracking().ToListAsync(cancellationToken);
        fortunes.Add(new Fortune { Id = 0, Message = AddedMessage });
        fortunes.Sort(static (a, b) => string.CompareOrdinal(a.Message, b.Message));
        Fortunes = fortunes;
    }
}
