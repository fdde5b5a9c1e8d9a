using System.Text.Json;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>
/// Which column of an imported file holds each field of <typeparamref name="TField"/> (by heading), for every kind of
/// import (improvement actions, recommendations): guessed from the headings by a table of synonyms, then chosen by the
/// user, and stored on the batch as JSON (field name → heading).
/// </summary>
public abstract class ImportColumns<TField>
    where TField : struct, Enum
{
    private readonly Dictionary<TField, string> _columns;

    protected ImportColumns(IReadOnlyDictionary<TField, string> columns) => _columns = new(columns);

    /// <summary>The heading mapped to each field (fields not in the file are absent).</summary>
    public IReadOnlyDictionary<TField, string> Columns => _columns;

    public string? HeadingFor(TField field) => _columns.GetValueOrDefault(field);

    /// <summary>The zero-based column of the field in a file with these headings.</summary>
    public int? ColumnOf(TField field, IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        if (HeadingFor(field) is not { } heading)
        {
            return null;
        }

        for (var i = 0; i < headings.Count; i++)
        {
            if (string.Equals(headings[i], heading, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    public string ToJson() => JsonSerializer.Serialize(_columns.OrderBy(c => c.Key).ToDictionary(c => c.Key.ToString(), c => c.Value));
}

/// <summary>Reading headings for any kind of import: the synonyms, the guessed mapping and the stored one.</summary>
public static class ImportHeadings
{
    /// <summary>The stored mapping (unknown field names dropped), or null when none is stored.</summary>
    public static Dictionary<TField, string>? ReadJson<TField>(string? json)
        where TField : struct, Enum
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        return stored
            .Where(c => Enum.TryParse<TField>(c.Key, out _))
            .ToDictionary(c => Enum.Parse<TField>(c.Key), c => c.Value);
    }

    /// <summary>The field a heading stands for in <paramref name="synonyms"/> (keys written as <see cref="Normalise"/> leaves them).</summary>
    public static TField? FieldFor<TField>(IReadOnlyDictionary<string, TField> synonyms, string? heading)
        where TField : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        var key = Normalise(heading);
        return key.Length > 0 && synonyms.TryGetValue(key, out var field) ? field : null;
    }

    /// <summary>
    /// Each recognised heading to its field (the first one wins). When a file has both a due date and a revised date,
    /// the due date is the original and the revised date the one in force.
    /// </summary>
    public static Dictionary<TField, string> Guess<TField>(IReadOnlyList<string> headings, IReadOnlyDictionary<string, TField> synonyms, TField originalDue, TField due)
        where TField : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(headings);
        var columns = new Dictionary<TField, string>();
        foreach (var heading in headings)
        {
            if (FieldFor(synonyms, heading) is { } field && !columns.ContainsKey(field))
            {
                columns[field] = heading;
            }
        }

        var revised = headings.FirstOrDefault(h => Normalise(h).StartsWith("revised", StringComparison.Ordinal) || Normalise(h) == "current due date");
        var first = headings.FirstOrDefault(h => Normalise(h) is "due date" or "due" or "target date" or "deadline");
        if (revised is not null && first is not null && !columns.ContainsKey(originalDue))
        {
            columns[originalDue] = first;
            columns[due] = revised;
        }

        return columns;
    }

    /// <summary>Lower case, single spaces, without punctuation such as "Due date:" or "Ref."</summary>
    public static string Normalise(string? heading)
    {
        var text = Domain.Text.CleanText.SingleLine(heading).ToLowerInvariant();
        var kept = new string([.. text.Where(c => char.IsLetterOrDigit(c) || c == ' ')]);
        return string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
