using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Papers;

/// <summary>
/// An organisation's template for one kind of paper: its sections in order, each fixed text (edited in the portal) or
/// generated from live data. A new paper copies the template's sections; the text of each comes from the same section
/// of the previous paper of that kind when there is one, otherwise from the template.
/// </summary>
public class PaperTemplate : Entity, IAudited, IVersioned
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public PaperKind Kind { get; set; }

    public List<TemplateSection> Sections { get; set; } = [];

    public Guid Version { get; set; }

    public IReadOnlyList<TemplateSection> OrderedSections => [.. Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)];

    /// <summary>Adds a section at the end.</summary>
    public TemplateSection AddSection(SectionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        EnsureUniqueCode(definition.Code, null);
        var section = new TemplateSection { SortOrder = Sections.Count == 0 ? 1 : Sections.Max(s => s.SortOrder) + 1 };
        section.Apply(definition);
        Sections.Add(section);
        return section;
    }

    /// <summary>Changes a section's code, heading, content, elements, numbering and default text.</summary>
    public void ReviseSection(TemplateSection section, SectionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(definition);
        EnsureOwn(section);
        EnsureUniqueCode(definition.Code, section);
        section.Apply(definition);
    }

    public void RemoveSection(TemplateSection section)
    {
        EnsureOwn(section);
        if (Sections.Count == 1)
        {
            throw new DomainException("A template needs at least one section");
        }

        Sections.Remove(section);
        Renumber(OrderedSections);
    }

    /// <summary>Moves a section one place up (-1) or down (+1).</summary>
    public void Move(TemplateSection section, int direction)
    {
        EnsureOwn(section);
        var ordered = OrderedSections.ToList();
        var index = ordered.IndexOf(section);
        var target = index + Math.Sign(direction);
        if (direction == 0 || target < 0 || target >= ordered.Count)
        {
            return;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        Renumber(ordered);
    }

    private static void Renumber(IReadOnlyList<TemplateSection> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SortOrder = i + 1;
        }
    }

    private void EnsureOwn(TemplateSection section)
    {
        if (!Sections.Contains(section))
        {
            throw new DomainException("That section is not part of this template");
        }
    }

    private void EnsureUniqueCode(string? code, TemplateSection? except)
    {
        if (!string.IsNullOrWhiteSpace(code) && Sections.Any(s => s != except && string.Equals(s.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Another section of this template is already numbered {code.Trim()}");
        }
    }
}

/// <summary>What a section is: its number or letter, heading, what fills it, which CIPFA elements it covers.</summary>
/// <param name="Code">"A", "1", "4" or empty for an unnumbered section.</param>
/// <param name="Heading">The heading as printed, without the code.</param>
/// <param name="Content">What follows the section's own text.</param>
/// <param name="Elements">The CIPFA AGS elements the section covers.</param>
/// <param name="NumberParagraphs">Number the section's paragraphs "1.1", "1.2"… (the cover report's house style).</param>
/// <param name="Text">The section's text (structured text), or the template's default text.</param>
public sealed record SectionDefinition(string? Code, string Heading, SectionContent Content, CipfaElement Elements, bool NumberParagraphs, string? Text)
{
    public const int CodeMaxLength = 10;
    public const int HeadingMaxLength = TextLimits.Title;
}

/// <summary>One section of a template.</summary>
public class TemplateSection : Entity, IAudited
{
    public int TemplateId { get; set; }

    public string? Code { get; set; }

    public string Heading { get; set; } = string.Empty;

    public SectionContent Content { get; set; }

    public CipfaElement Elements { get; set; }

    public bool NumberParagraphs { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The text a new paper starts with when no earlier paper of its kind has this section.</summary>
    public string? DefaultText { get; set; }

    public SectionDefinition Definition => new(Code, Heading, Content, Elements, NumberParagraphs, DefaultText);

    internal void Apply(SectionDefinition definition)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.Heading);
        Code = string.IsNullOrWhiteSpace(definition.Code) ? null : definition.Code.Trim();
        Heading = definition.Heading.Trim();
        Content = definition.Content;
        Elements = definition.Elements;
        NumberParagraphs = definition.NumberParagraphs;
        DefaultText = string.IsNullOrWhiteSpace(definition.Text) ? null : definition.Text.Trim();
    }
}
