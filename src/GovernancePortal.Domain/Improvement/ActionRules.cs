using System.Linq.Expressions;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// The rules that say where an action stands, written once: as expressions EF Core translates into SQL (the register,
/// the overview, the dashboard, carrying forward, asking for updates) and, compiled, as the action's own properties
/// (<see cref="ImprovementAction.IsOpen"/>, <see cref="ImprovementAction.IsOverdue"/>…). A query and the page that
/// shows the action cannot disagree.
/// </summary>
public static class ActionRules
{
    /// <summary>Open: still needs work or verification (not started, in progress, reported complete).</summary>
    public static readonly Expression<Func<ImprovementAction, bool>> IsOpen = a =>
        a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.ReportedComplete;

    /// <summary>
    /// Awaiting an owner update: open and still with its owner (not started or in progress). An action reported complete
    /// is open too, but waits for the governance team's verification, not for an update from its owner, so owners are
    /// not asked for one.
    /// </summary>
    public static readonly Expression<Func<ImprovementAction, bool>> AwaitsOwnerUpdate = a =>
        a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress;

    /// <summary>Revised timescale: the slippage ledger has an entry, or the due date is later than first agreed.</summary>
    public static readonly Expression<Func<ImprovementAction, bool>> IsRevised = a =>
        a.RevisionCount > 0 || (a.OriginalDueDate != null && a.DueDate != null && a.DueDate > a.OriginalDueDate);

    /// <summary>Slipped: the due date is later than the original one.</summary>
    public static readonly Expression<Func<ImprovementAction, bool>> HasSlipped = a =>
        a.OriginalDueDate != null && a.DueDate != null && a.DueDate > a.OriginalDueDate;

    private static readonly Func<ImprovementAction, bool> IsOpenCompiled = IsOpen.Compile();
    private static readonly Func<ImprovementAction, bool> AwaitsOwnerUpdateCompiled = AwaitsOwnerUpdate.Compile();
    private static readonly Func<ImprovementAction, bool> IsRevisedCompiled = IsRevised.Compile();
    private static readonly Func<ImprovementAction, bool> HasSlippedCompiled = HasSlipped.Compile();

    /// <summary>Overdue on <paramref name="today"/>: open and its due date has passed.</summary>
    public static Expression<Func<ImprovementAction, bool>> IsOverdue(DateOnly today) => Bind(OverdueOn, today);

    /// <summary>Due soon: open, not overdue on <paramref name="today"/> and due within <paramref name="days"/> days of it.</summary>
    public static Expression<Func<ImprovementAction, bool>> DueSoon(DateOnly today, int days) =>
        Bind(DueBetween, new DateWindow(today, today.AddDays(days)));

    private static readonly Expression<Func<ImprovementAction, DateOnly, bool>> OverdueOn = And<DateOnly>(IsOpen, (a, today) => a.DueDate != null && a.DueDate < today);

    private static readonly Expression<Func<ImprovementAction, DateWindow, bool>> DueBetween =
        And<DateWindow>(IsOpen, (a, window) => a.DueDate != null && a.DueDate >= window.From && a.DueDate <= window.To);

    private static readonly Func<ImprovementAction, DateOnly, bool> OverdueOnCompiled = OverdueOn.Compile();
    private static readonly Func<ImprovementAction, DateWindow, bool> DueBetweenCompiled = DueBetween.Compile();

    /// <summary><see cref="IsOpen"/> for one loaded action.</summary>
    public static bool Open(ImprovementAction action) => IsOpenCompiled(action);

    /// <summary><see cref="AwaitsOwnerUpdate"/> for one loaded action.</summary>
    public static bool AwaitingOwnerUpdate(ImprovementAction action) => AwaitsOwnerUpdateCompiled(action);

    /// <summary><see cref="IsRevised"/> for one loaded action.</summary>
    public static bool Revised(ImprovementAction action) => IsRevisedCompiled(action);

    /// <summary><see cref="HasSlipped"/> for one loaded action.</summary>
    public static bool Slipped(ImprovementAction action) => HasSlippedCompiled(action);

    /// <summary><see cref="IsOverdue"/> for one loaded action.</summary>
    public static bool Overdue(ImprovementAction action, DateOnly today) => OverdueOnCompiled(action, today);

    /// <summary><see cref="DueSoon"/> for one loaded action.</summary>
    public static bool IsDueSoon(ImprovementAction action, DateOnly today, int days) => DueBetweenCompiled(action, new DateWindow(today, today.AddDays(days)));

    /// <summary>
    /// <paramref name="projection"/> with each call to <see cref="Open"/>, <see cref="AwaitingOwnerUpdate"/>,
    /// <see cref="Revised"/>, <see cref="Slipped"/> or <see cref="Overdue"/> replaced by that rule's expression, so a query
    /// that projects rows (the register) states the rule by name and EF Core still translates it into SQL.
    /// </summary>
    public static Expression<Func<ImprovementAction, T>> Expand<T>(Expression<Func<ImprovementAction, T>> projection) =>
        (Expression<Func<ImprovementAction, T>>)new Expander().Visit(projection)!;

    /// <summary>The first rule and the second, as one expression (EF Core cannot translate an invoked expression).</summary>
    private static Expression<Func<ImprovementAction, T, bool>> And<T>(Expression<Func<ImprovementAction, bool>> first, Expression<Func<ImprovementAction, T, bool>> second)
    {
        var body = new Replace(first.Parameters[0], second.Parameters[0]).Visit(first.Body)!;
        return Expression.Lambda<Func<ImprovementAction, T, bool>>(Expression.AndAlso(body, second.Body), second.Parameters);
    }

    /// <summary>A two-argument rule with its second argument fixed, as a captured value EF Core sends as a parameter.</summary>
    private static Expression<Func<ImprovementAction, bool>> Bind<T>(Expression<Func<ImprovementAction, T, bool>> rule, T value)
    {
        var holder = new Holder<T>(value);
        var argument = Expression.Property(Expression.Constant(holder), nameof(Holder<T>.Value));
        var body = new Replace(rule.Parameters[1], argument).Visit(rule.Body)!;
        return Expression.Lambda<Func<ImprovementAction, bool>>(body, rule.Parameters[0]);
    }

    private sealed record DateWindow(DateOnly From, DateOnly To);

    private sealed record Holder<T>(T Value);

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            LambdaExpression? rule = node.Method.DeclaringType != typeof(ActionRules) ? null : node.Method.Name switch
            {
                nameof(Open) => IsOpen,
                nameof(AwaitingOwnerUpdate) => AwaitsOwnerUpdate,
                nameof(Revised) => IsRevised,
                nameof(Slipped) => HasSlipped,
                nameof(Overdue) => OverdueOn,
                _ => null,
            };
            if (rule is null)
            {
                return base.VisitMethodCall(node);
            }

            var body = rule.Body;
            for (var i = 0; i < rule.Parameters.Count; i++)
            {
                body = new Replace(rule.Parameters[i], Visit(node.Arguments[i])).Visit(body)!;
            }

            return body;
        }
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
