using GovernancePortal.Documents.Layout;

namespace GovernancePortal.Documents.Elements;

internal sealed record TableColumn(bool Relative, float Value);

internal sealed record TableCell(Element Content, int ColumnSpan);

/// <summary>
/// A grid of cells flowed into rows by column span. Header rows repeat at the top of every page the table
/// spans. Body rows move to the next page whole; a row is split across pages (cell by cell) only when it is
/// the first row on a page and still does not fit.
/// </summary>
internal sealed class TableElement : Element
{
    private readonly List<PlacedCell[]> _headerRows = [];
    private readonly List<PlacedCell[]> _bodyRows = [];
    private float[] _columnX = [];
    private float[] _columnWidths = [];
    private int _currentRow;
    private bool[]? _cellDone;

    public List<TableColumn> Columns { get; } = [];

    public List<TableCell> HeaderCells { get; } = [];

    public List<TableCell> Cells { get; } = [];

    public override void Prepare(PrepareContext context)
    {
        if (Columns.Count == 0)
        {
            throw new InvalidOperationException("A table needs at least one column; call ColumnsDefinition.");
        }

        Flow(HeaderCells, _headerRows, "Header row");
        Flow(Cells, _bodyRows, "Row");
        foreach (var row in _headerRows.Concat(_bodyRows))
        {
            foreach (var cell in row)
            {
                PrepareChild(cell.Content, context, cell.Slot);
            }
        }

        _columnX = new float[Columns.Count + 1];
        _columnWidths = new float[Columns.Count];
    }

    public override SpacePlan Measure(Size available, LayoutContext context) => Compute(available, context).Plan;

    public override void Draw(Size available, LayoutContext context)
    {
        var layout = Compute(available, context);
        if (layout.Plan.IsWrap || layout.Plan.Type == SpacePlanType.Empty)
        {
            return;
        }

        var y = 0f;
        foreach (var row in _headerRows)
        {
            var height = MeasureRow(row, float.PositiveInfinity, null, context).Height;
            DrawRow(row, y, height, null, context);
            y += height;
        }

        for (var r = _currentRow; r < layout.EndRow; r++)
        {
            var done = r == _currentRow ? _cellDone : null;
            var plan = MeasureRow(_bodyRows[r], available.Height - y, done, context);
            DrawRow(_bodyRows[r], y, plan.Height, done, context);
            y += plan.Height;
        }

        if (layout.SplitRow)
        {
            var done = layout.EndRow == _currentRow ? _cellDone : null;
            var row = _bodyRows[layout.EndRow];
            var plan = MeasureRow(row, available.Height - y, done, context);
            _cellDone = new bool[row.Length];
            for (var c = 0; c < row.Length; c++)
            {
                var cellPlan = done is not null && done[c]
                    ? SpacePlan.Empty
                    : row[c].Content.Measure(new Size(Width(row[c]), available.Height - y), context);
                _cellDone[c] = (done is not null && done[c]) || cellPlan.IsComplete;
            }

            DrawRow(row, y, plan.Height, done, context);
        }
        else
        {
            _cellDone = null;
        }

        _currentRow = layout.EndRow;
        if (_currentRow >= _bodyRows.Count)
        {
            _currentRow = 0;
            _cellDone = null;
        }
    }

    private TableLayout Compute(Size available, LayoutContext context)
    {
        ComputeColumns(available.Width);
        var y = 0f;
        foreach (var row in _headerRows)
        {
            var plan = MeasureRow(row, available.Height - y, null, context);
            if (plan.Type != SpacePlanType.Full && plan.Type != SpacePlanType.Empty)
            {
                context.ReportWrap(this);
                return new TableLayout(SpacePlan.Wrap, _currentRow, false);
            }

            y += plan.Height;
        }

        if (_bodyRows.Count == 0)
        {
            return new TableLayout(y > 0 ? SpacePlan.Full(available.Width, y) : SpacePlan.Empty, 0, false);
        }

        var r = _currentRow;
        for (; r < _bodyRows.Count; r++)
        {
            var done = r == _currentRow ? _cellDone : null;
            var plan = MeasureRow(_bodyRows[r], available.Height - y, done, context);
            if (plan.Type is SpacePlanType.Full or SpacePlanType.Empty)
            {
                y += plan.Height;
                continue;
            }

            if (r == _currentRow && plan.Type == SpacePlanType.Partial && plan.Height > 0)
            {
                // The first row on the page does not fit whole: split it rather than never place it.
                return new TableLayout(SpacePlan.Partial(available.Width, y + plan.Height), r, true);
            }

            break;
        }

        if (r == _currentRow)
        {
            context.ReportWrap(this);
            return new TableLayout(SpacePlan.Wrap, r, false);
        }

        return r == _bodyRows.Count
            ? new TableLayout(SpacePlan.Full(available.Width, y), r, false)
            : new TableLayout(SpacePlan.Partial(available.Width, y), r, false);
    }

    private SpacePlan MeasureRow(PlacedCell[] row, float availableHeight, bool[]? done, LayoutContext context)
    {
        var height = 0f;
        var partial = false;
        var any = false;
        for (var c = 0; c < row.Length; c++)
        {
            if (done is not null && done[c])
            {
                continue;
            }

            var plan = row[c].Content.Measure(new Size(Width(row[c]), Math.Max(availableHeight, 0)), context);
            if (plan.IsWrap)
            {
                // Nothing of this cell fits: the whole row waits for the next page.
                return SpacePlan.Wrap;
            }

            partial |= plan.Type == SpacePlanType.Partial;
            any |= plan.Type != SpacePlanType.Empty;
            height = Math.Max(height, plan.Height);
        }

        if (!any && !partial)
        {
            return SpacePlan.Full(0, 0);
        }

        return partial ? SpacePlan.Partial(0, height) : SpacePlan.Full(0, height);
    }

    private void DrawRow(PlacedCell[] row, float y, float height, bool[]? done, LayoutContext context)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (done is not null && done[c])
            {
                continue;
            }

            var cell = row[c];
            var x = _columnX[cell.Column];
            context.Canvas.Translate(x, y);
            cell.Content.Draw(new Size(Width(cell), height), context);
            context.Canvas.Translate(-x, -y);
        }
    }

    private float Width(PlacedCell cell) => _columnX[cell.Column + cell.Span] - _columnX[cell.Column];

    private void ComputeColumns(float width)
    {
        var constant = 0f;
        var relative = 0f;
        foreach (var column in Columns)
        {
            if (column.Relative)
            {
                relative += column.Value;
            }
            else
            {
                constant += column.Value;
            }
        }

        var share = Math.Max(width - constant, 0);
        var x = 0f;
        for (var i = 0; i < Columns.Count; i++)
        {
            _columnX[i] = x;
            _columnWidths[i] = Columns[i].Relative ? (relative > 0 ? share * Columns[i].Value / relative : 0) : Columns[i].Value;
            x += _columnWidths[i];
        }

        _columnX[Columns.Count] = x;
    }

    private void Flow(List<TableCell> cells, List<PlacedCell[]> rows, string label)
    {
        var current = new List<PlacedCell>();
        var column = 0;
        foreach (var cell in cells)
        {
            var span = Math.Clamp(cell.ColumnSpan, 1, Columns.Count);
            if (column + span > Columns.Count)
            {
                rows.Add([.. current]);
                current.Clear();
                column = 0;
            }

            current.Add(new PlacedCell(cell.Content, column, span, $"{label} {rows.Count + 1} Cell {column + 1}"));
            column += span;
        }

        if (current.Count > 0)
        {
            rows.Add([.. current]);
        }
    }

    private readonly record struct PlacedCell(Element Content, int Column, int Span, string Slot);

    private readonly record struct TableLayout(SpacePlan Plan, int EndRow, bool SplitRow);
}
