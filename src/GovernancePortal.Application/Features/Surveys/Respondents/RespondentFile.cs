using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Files;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>
/// A file of respondents (CSV saved as UTF-8, or the first worksheet of an .xlsx): a header row naming the columns
/// (signatory; business group, deadline and delegates optional, in any order), then a row per respondent.
/// </summary>
public sealed record RespondentFile(IReadOnlyList<RespondentFile.Row> Rows)
{
    /// <summary>More rows than this are refused: a survey goes to about a hundred senior leads.</summary>
    public const int MaxRows = 5_000;

    public sealed record Row(int Number, string Signatory, string? BusinessGroup, string? Deadline, string? Delegates);

    /// <summary>What was wrong with a file that could not be read, in words for the upload page.</summary>
    public sealed class UnreadableException(string message) : Exception(message);

    public static RespondentFile Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        List<(int Number, IReadOnlyList<string> Cells)> rows;
        if (XlsxReader.LooksLikeZip(content))
        {
            try
            {
                rows = [.. XlsxReader.Read(content, MaxRows + 10).Select(r => (r.Number, r.Cells))];
            }
            catch (InvalidDataException e)
            {
                throw new UnreadableException(e.Message.TrimEnd('.'));
            }
        }
        else
        {
            var text = CsvReader.DecodeUtf8(content);
            if (text is null || text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
            {
                throw new UnreadableException("The selected file is not a CSV file saved as UTF-8 text. In Excel, choose Save As and then CSV UTF-8 (Comma delimited), or upload the .xlsx file itself");
            }

            rows = [.. CsvReader.Read(text).Select(r => (r.Number, r.Fields))];
        }

        rows = [.. rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))];
        if (rows.Count == 0)
        {
            throw new UnreadableException("The selected file is empty");
        }

        var headings = rows[0].Cells.Select(Heading).ToList();
        var signatory = headings.FindIndex(h => h is "signatory" or "email" or "emailaddress" or "post" or "respondent" or "signatoryemail" or "signatorypost" or "name");
        if (signatory < 0)
        {
            throw new UnreadableException("The first row of the file must name the columns, with a column headed Signatory (an e-mail address or the exact title of a post)");
        }

        var group = headings.FindIndex(h => h is "businessgroup" or "group");
        var deadline = headings.FindIndex(h => h is "deadline" or "duedate" or "due");
        var delegates = headings.FindIndex(h => h is "delegates" or "delegate");
        if (rows.Count - 1 > MaxRows)
        {
            throw new UnreadableException($"The file has more than {MaxRows:N0} rows. Split it into smaller files");
        }

        var data = rows.Skip(1).Select(r => new Row(r.Number, Cell(r.Cells, signatory) ?? string.Empty, Cell(r.Cells, group), Cell(r.Cells, deadline), Cell(r.Cells, delegates))).ToList();
        return data.Count == 0 ? throw new UnreadableException("The selected file has a header row but no rows of respondents") : new RespondentFile(data);

        static string Heading(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);

        static string? Cell(IReadOnlyList<string> cells, int index) =>
            index >= 0 && index < cells.Count && CleanText.SingleLine(cells[index]) is { Length: > 0 } value ? value : null;
    }

    /// <summary>
    /// The dry run: every row as it would be added, or with its problems (unknown or archived person, already a
    /// respondent, deadline unreadable or past, the same person twice in the file, unknown delegates).
    /// </summary>
    public IReadOnlyList<CheckedRow> Check(Survey survey, RespondentPeople people, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(people);
        var seen = new Dictionary<int, int>();
        var result = new List<CheckedRow>();
        foreach (var row in Rows)
        {
            var problems = new List<string>();
            var (person, problem) = people.Find(row.Signatory);
            if (problem is not null)
            {
                problems.Add(char.ToUpperInvariant(problem[0]) + problem[1..]);
            }
            else if (survey.Returns.Any(r => r.SignatoryId == person!.Id))
            {
                problems.Add($"{person!.DisplayName} is already a respondent");
            }
            else if (seen.TryGetValue(person!.Id, out var first))
            {
                problems.Add($"{person.DisplayName} is also on row {first} of the file");
            }
            else
            {
                seen[person.Id] = row.Number;
            }

            var deadline = RespondentPeople.ParseDate(row.Deadline);
            if (row.Deadline is null)
            {
                problems.Add("No deadline given");
            }
            else if (deadline is null)
            {
                problems.Add($"The deadline '{row.Deadline}' is not a date like 31/03/2020 or 2020-03-31");
            }
            else if (deadline < today)
            {
                problems.Add($"The deadline {deadline:dd/MM/yyyy} has passed");
            }

            var (delegates, delegateProblems) = people.FindDelegates(row.Delegates);
            problems.AddRange(delegateProblems.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            if (row.BusinessGroup?.Length > TextLimits.ShortTitle)
            {
                problems.Add($"The business group must be {TextLimits.ShortTitle} characters or fewer");
            }

            result.Add(new CheckedRow(row.Number, row.Signatory, problem is null ? person : null, row.BusinessGroup ?? person?.BusinessGroup, deadline, delegates, problems));
        }

        return result;
    }

    public sealed record CheckedRow(int Number, string Given, Person? Person, string? BusinessGroup, DateOnly? Deadline, IReadOnlyList<Person> Delegates, IReadOnlyList<string> Problems)
    {
        public bool IsValid => Problems.Count == 0;
    }
}
