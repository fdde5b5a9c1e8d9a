using System.Globalization;
using GovernancePortal.Domain.Improvement;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>Reads the values of an imported cell: dates, statuses, sources, RAG ratings and yes/no.</summary>
public static class ImportValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d MMMM yyyy", "d MMM yyyy", "d MMM. yyyy",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "d/M/yyyy HH:mm", "d/M/yyyy HH:mm:ss",
    ];

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// A date written as 2019-03-31, 31/03/2019 (day first, as in the UK), 31 March 2019, or, in a workbook, a date
    /// cell (its serial number, 43555).
    /// </summary>
    public static bool TryDate(string text, ImportFormat format, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (format == ImportFormat.Xlsx && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            // Excel's day numbers (1900 date system): 1 is 1 January 1900; 60 is the 29 February 1900 that never was.
            if (serial is < 61 or >= 2_958_466)
            {
                return false;
            }

            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            return true;
        }

        return DateOnly.TryParseExact(text, DateFormats, British, DateTimeStyles.AllowWhiteSpaces, out date)
            || (DateTime.TryParseExact(text, DateFormats, British, DateTimeStyles.AllowWhiteSpaces, out var moment) && Set(DateOnly.FromDateTime(moment), out date));
    }

    private static bool Set(DateOnly value, out DateOnly date)
    {
        date = value;
        return true;
    }

    public static bool TryStatus(string text, out ActionStatus status)
    {
        status = ActionStatus.NotStarted;
        switch (Key(text))
        {
            case "":
            case "not started":
            case "notstarted":
            case "not yet started":
            case "planned":
                status = ActionStatus.NotStarted;
                return true;
            case "in progress":
            case "inprogress":
            case "ongoing":
            case "open":
            case "started":
            case "on track":
            case "underway":
                status = ActionStatus.InProgress;
                return true;
            case "reported complete":
            case "reportedcomplete":
            case "awaiting verification":
                status = ActionStatus.ReportedComplete;
                return true;
            case "complete":
            case "completed":
            case "verified complete":
            case "verifiedcomplete":
            case "done":
            case "closed":
            case "closed complete":
                status = ActionStatus.VerifiedComplete;
                return true;
            case "closed without action":
            case "closedwithoutaction":
            case "withdrawn":
            case "cancelled":
            case "superseded":
                status = ActionStatus.ClosedWithoutAction;
                return true;
            case "carried forward":
            case "carriedforward":
                status = ActionStatus.CarriedForward;
                return true;
            default:
                return false;
        }
    }

    public static bool TrySource(string text, out ActionSource? source)
    {
        source = Key(text) switch
        {
            "" => null,
            "annual governance statement" or "annualgovernancestatement" or "ags" => ActionSource.AnnualGovernanceStatement,
            "sic survey" or "sicsurvey" or "sic" or "statement of internal control" => ActionSource.SicSurvey,
            "internal audit" or "internalaudit" or "dara" => ActionSource.InternalAudit,
            "external audit" or "externalaudit" or "external auditor" => ActionSource.ExternalAudit,
            "inspectorate" or "hmicfrs" or "hmic" or "inspection" => ActionSource.Inspectorate,
            "other report" or "otherreport" or "other" => ActionSource.OtherReport,
            _ => (ActionSource)(-1),
        };
        return source is null || Enum.IsDefined(source.Value);
    }

    public static bool TryRag(string text, out RagStatus? rag)
    {
        rag = Key(text) switch
        {
            "" or "not rated" or "n/a" => null,
            "red" or "r" => RagStatus.Red,
            "amber" or "a" => RagStatus.Amber,
            "green" or "g" => RagStatus.Green,
            _ => (RagStatus)(-1),
        };
        return rag is null || Enum.IsDefined(rag.Value);
    }

    public static bool TryYesNo(string text, out bool value)
    {
        switch (Key(text))
        {
            case "yes":
            case "y":
            case "true":
                value = true;
                return true;
            case "":
            case "no":
            case "n":
            case "false":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryCount(string text, out int count)
    {
        count = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        // A workbook stores whole numbers as 2 (or 2.0 from some tools).
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number is >= 0 and <= 1000 && number == Math.Floor(number) && Set((int)number, out count);
    }

    private static bool Set(int value, out int count)
    {
        count = value;
        return true;
    }

    private static string Key(string text) => string.Join(' ', (text ?? string.Empty).Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
