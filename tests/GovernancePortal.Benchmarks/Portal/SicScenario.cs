using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// <c>sic [--leads 100] [--provider Sqlite|Postgres] [--control-seconds 5]</c>: the Statement of Internal Control
/// survey's busiest moment. Every lead signs in with an account of their own and, all at once, completes every section
/// of their return through the section form as the page renders it (its own field names, hidden version and
/// antiforgery token), checks their answers and signs. Prints the p95 of one section save and the number of answers
/// lost (must be 0: every answer sent is stored as sent), against the control page loaded by as many concurrent
/// clients in the same run.
/// </summary>
internal sealed class SicScenario : IBenchmarkScenario
{
    private const string Usage = "Options: --leads N (100), --provider Sqlite|Postgres, --control-seconds N (5)";

    private static readonly HtmlParser Parser = new();

    public string Name => "sic";

    public string Description => "SIC survey: N leads saving every section and signing at once; p95 per save and lost answers vs a control page. " + Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var options = Parse(arguments);
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (await AppCollector.RunUnderAppCollectorAsync() is { } childExit)
        {
            return childExit;
        }

        var setup = Stopwatch.StartNew();
        await using var portal = new BenchmarkPortal(options.Provider, new Dictionary<string, string?>
        {
            // Every lead signs in from loopback: the per-address sign-in limit would refuse most of them.
            ["Security:SignInRateLimit:PermitLimit"] = "100000",
        });
        var baseAddress = portal.Start();
        var (surveyId, leads) = await SicData.PrepareAsync(portal.Services, options.Leads, BenchmarkPortal.DemoPassword);
        Console.Error.WriteLine($"# portal on {baseAddress} ({options.Provider}); {leads.Count} leads with accounts and returns ready in {setup.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores");

        var control = new PageTarget("control", "/framework/mps/principles", ["Principle A:"]);
        using var controlLoad = PageLoad.Create(baseAddress, leads.Count);
        await controlLoad.SignInAsync(leads[0].Email, BenchmarkPortal.DemoPassword);
        await controlLoad.RunAsync(control, leads.Count, TimeSpan.FromSeconds(options.ControlSeconds));
        var controlBefore = await controlLoad.RunAsync(control, leads.Count, TimeSpan.FromSeconds(options.ControlSeconds));

        var saves = new ConcurrentBag<double>();
        var signs = new ConcurrentBag<double>();
        var sent = new ConcurrentDictionary<(int ReturnId, int QuestionId), (int? Rating, string? Text)>();
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(leads.Select((lead, i) => Task.Run(async () =>
        {
            try
            {
                await CompleteAsync(baseAddress, lead, new Random(i), saves, signs, sent);
            }
            catch (InvalidOperationException e)
            {
                failures.Add($"{lead.Email}: {e.Message}");
            }
        })));
        var elapsed = clock.Elapsed;
        var controlAfter = await controlLoad.RunAsync(control, leads.Count, TimeSpan.FromSeconds(options.ControlSeconds));

        foreach (var failure in failures.Take(5))
        {
            Console.Error.WriteLine($"# failed: {failure}");
        }

        var (expected, lost, submitted) = await SicData.CheckAsync(portal.Services, surveyId, sent);
        var controlP95 = LoadResult.Combine([controlBefore, controlAfter]).P95;
        var saveP95 = Measurement.Percentile(saves, 95);
        Console.Error.WriteLine($"# {saves.Count} section saves and {signs.Count} signatures by {leads.Count} leads in {elapsed.TotalSeconds:0.0} s; control p95 {controlBefore.P95:0.0} ms before, {controlAfter.P95:0.0} ms after");
        Print("sic.leads", leads.Count);
        Console.WriteLine($"sic.provider: {options.Provider}");
        Print("sic.saves", saves.Count);
        Print("sic.save.p50_ms", Measurement.Percentile(saves, 50));
        Print("sic.save.p95_ms", saveP95);
        Print("sic.sign.p95_ms", signs.IsEmpty ? 0 : Measurement.Percentile(signs, 95));
        Print("sic.control.p95_ms", controlP95);
        Print("sic.save.vs_control_p95", saveP95 / controlP95);
        Print("sic.answers_sent", expected);
        Print("sic.lost_answers", lost);
        Print("sic.submitted", submitted);
        Print("sic.failed_leads", failures.Count);
        return lost == 0 && failures.IsEmpty && submitted == leads.Count ? 0 : 1;
    }

    /// <summary>One lead: sign in, every section (timing each save), check answers, sign.</summary>
    private static async Task CompleteAsync(
        Uri baseAddress,
        SicLead lead,
        Random random,
        ConcurrentBag<double> saves,
        ConcurrentBag<double> signs,
        ConcurrentDictionary<(int ReturnId, int QuestionId), (int? Rating, string? Text)> sent)
    {
        using var load = PageLoad.Create(baseAddress, 1);
        await load.SignInAsync(lead.Email, BenchmarkPortal.DemoPassword);
        var taskList = await GetAsync(load, $"/surveys/returns/{lead.ReturnId}/complete");
        var sectionLinks = taskList.QuerySelectorAll<IHtmlAnchorElement>($"a[href^='/surveys/returns/{lead.ReturnId}/sections/']")
            .Select(a => a.GetAttribute("href")!).Distinct(StringComparer.Ordinal).ToList();
        if (sectionLinks.Count == 0)
        {
            throw new InvalidOperationException("The task list has no sections.");
        }

        foreach (var link in sectionLinks)
        {
            var page = await GetAsync(load, link);
            var form = FormWith(page, "Input.Completed");
            var fields = Fields(form);
            foreach (var questionId in fields.Where(f => f.Key.EndsWith(".QuestionId", StringComparison.Ordinal)).ToList())
            {
                var prefix = questionId.Key[..^".QuestionId".Length];
                var id = int.Parse(questionId.Value, CultureInfo.InvariantCulture);
                if (form.QuerySelector($"input[name='{prefix}.Rating']") is not null)
                {
                    var rating = random.Next(4);
                    var narrative = rating >= 2 ? $"Return {lead.ReturnId}, question {id}: controls not yet applied consistently; remedial work is planned." : null;
                    Set(fields, $"{prefix}.Rating", rating.ToString(CultureInfo.InvariantCulture));
                    Set(fields, $"{prefix}.Text", narrative ?? string.Empty);
                    sent[(lead.ReturnId, id)] = (rating, narrative);
                }
                else
                {
                    var text = $"Evidence for return {lead.ReturnId}, question {id}: quarterly assurance returns.";
                    Set(fields, $"{prefix}.Text", text);
                    sent[(lead.ReturnId, id)] = (null, text);
                }
            }

            Set(fields, "Input.Completed", "True");
            var started = Stopwatch.GetTimestamp();
            await PostAsync(load, link, fields);
            saves.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var check = await GetAsync(load, $"/surveys/returns/{lead.ReturnId}/check");
        var signLink = check.QuerySelector<IHtmlAnchorElement>("#continue-to-sign")?.GetAttribute("href")
            ?? throw new InvalidOperationException("The check page offers no way to sign: is every section complete?");
        var signPage = await GetAsync(load, signLink);
        var signForm = FormWith(signPage, "Input.Confirmed");
        var signFields = Fields(signForm);
        if (string.IsNullOrWhiteSpace(signFields.FirstOrDefault(f => f.Key == "Input.Name").Value))
        {
            Set(signFields, "Input.Name", lead.Post);
        }

        Set(signFields, "Input.Confirmed", signForm.QuerySelector<IHtmlInputElement>("input[name='Input.Confirmed']")!.Value);
        var signing = Stopwatch.GetTimestamp();
        await PostAsync(load, signLink.Split('?')[0], signFields);
        signs.Add(Stopwatch.GetElapsedTime(signing).TotalMilliseconds);
    }

    private static async Task<IHtmlDocument> GetAsync(PageLoad load, string path)
    {
        using var response = await load.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered HTTP {(int)response.StatusCode}.");
        }

        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>Posts the fields; a save or signature redirects (anything else, such as a 409 or 400, is a failure).</summary>
    private static async Task PostAsync(PageLoad load, string path, List<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await load.Client.PostAsync(new Uri(path, UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            var summary = page.QuerySelector(".govuk-error-summary")?.TextContent.Trim();
            throw new InvalidOperationException($"POST {path} answered HTTP {(int)response.StatusCode}: {summary}");
        }
    }

    private static IHtmlFormElement FormWith(IHtmlDocument page, string fieldName) =>
        page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.QuerySelector($"[name='{fieldName}']") is not null)
        ?? throw new InvalidOperationException($"The page has no form with {fieldName}.");

    /// <summary>The fields the form would submit as rendered: inputs (checked ones for radios and checkboxes), text areas, selects.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button" or "file"):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select when select.Value is { } value:
                    fields.Add(new(name, value));
                    break;
            }
        }

        return fields;
    }

    private static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }

    private sealed record Options(int Leads, DatabaseProvider Provider, int ControlSeconds);

    private static Options? Parse(IReadOnlyList<string> arguments)
    {
        var options = new Options(Leads: 100, DatabaseProvider.Sqlite, ControlSeconds: 5);
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            int? number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            switch (arguments[i])
            {
                case "--leads" when number is { } leads:
                    options = options with { Leads = leads };
                    i++;
                    break;
                case "--control-seconds" when number is { } seconds:
                    options = options with { ControlSeconds = seconds };
                    i++;
                    break;
                case "--provider" when Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && provider != DatabaseProvider.SqlServer:
                    options = options with { Provider = provider };
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{arguments[i]}'.");
                    return null;
            }
        }

        return options;
    }

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##}"));
}
