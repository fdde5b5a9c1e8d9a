namespace GovernancePortal.Infrastructure.Data.Scheduler;

/// <summary>
/// The tables of Quartz.NET's ADO.NET job store (version 4.7), described here so that EF Core creates them in the
/// app's own database with the <c>Scheduler</c> migration, like every other table. Written from the job store's
/// documented schema (tables, columns, keys and indexes, prefix <c>QRTZ_</c>); the portal never reads or writes these
/// tables itself: Quartz does, with its own SQL. Column types per provider are chosen in
/// <see cref="SchedulerModel"/>. When Quartz is upgraded, compare its schema and add a migration.
/// </summary>
internal static class SchedulerTables
{
    public const string Prefix = "QRTZ_";

    public static readonly IReadOnlyList<SchedulerTable> All =
    [
        new("JOB_DETAILS", ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"],
        [
            SchedName, Text("JOB_NAME", 150), Text("JOB_GROUP", 150), Text("DESCRIPTION", 250, required: false),
            Text("JOB_CLASS_NAME", 250), Flag("IS_DURABLE"), Flag("IS_NONCONCURRENT"), Flag("IS_UPDATE_DATA"),
            Flag("REQUESTS_RECOVERY"), Blob("JOB_DATA"),
        ],
        Indexes: [new("IDX_QRTZ_J_G_N", ["SCHED_NAME", "JOB_GROUP", "JOB_NAME"])]),

        new("TRIGGERS", TriggerKey,
        [
            SchedName, Text("TRIGGER_NAME", 150), Text("TRIGGER_GROUP", 150), Text("JOB_NAME", 150), Text("JOB_GROUP", 150),
            Text("DESCRIPTION", 250, required: false), Time("NEXT_FIRE_TIME", required: false), Time("PREV_FIRE_TIME", required: false),
            Number("PRIORITY"), Text("TRIGGER_STATE", 16), Text("TRIGGER_TYPE", 8), Time("START_TIME"), Time("END_TIME", required: false),
            Text("CALENDAR_NAME", 200, required: false), Number("MISFIRE_INSTR"), Time("MISFIRE_ORIG_FIRE_TIME", required: false),
            Text("EXECUTION_GROUP", 200, required: false), Text("PREFERRED_NODE", 200, required: false),
            Flag("PREFERRED_NODE_AUTO", defaultValue: false), Text("RETRY_POLICY", 250, required: false), Number("RETRY_ATTEMPT"),
            Text("CONTINUES_TRIGGER_NAME", 150, required: false), Text("CONTINUES_TRIGGER_GROUP", 150, required: false),
            Number("CONTINUATION_CONDITION"), Number("OVERLAP_POLICY"), Text("PAUSE_REASON", 250, required: false),
            Text("PAUSED_BY", 200, required: false), Time("PAUSED_AT", required: false), Time("MISFIRE_THRESHOLD", required: false),
            OptionalFlag("FIXED_DELAY"), Blob("JOB_DATA"),
        ],
        ForeignKey: new("JOB_DETAILS", ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"], Cascade: false),
        Indexes:
        [
            new("IDX_QRTZ_T_J", ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"]),
            new("IDX_QRTZ_T_G_N", ["SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME"]),
            new("IDX_QRTZ_T_C", ["SCHED_NAME", "CALENDAR_NAME"]),
            new("IDX_QRTZ_T_NFT_ST", ["SCHED_NAME", "TRIGGER_STATE", "NEXT_FIRE_TIME", "PRIORITY", "MISFIRE_INSTR"], Descending: [false, false, false, true, false]),
        ]),

        new("SIMPLE_TRIGGERS", TriggerKey,
        [.. TriggerKeyColumns, Time("REPEAT_COUNT"), Time("REPEAT_INTERVAL"), Time("TIMES_TRIGGERED")],
        ForeignKey: TriggerReference),

        new("CRON_TRIGGERS", TriggerKey,
        [.. TriggerKeyColumns, Text("CRON_EXPRESSION", 250), Text("TIME_ZONE_ID", 80, required: false)],
        ForeignKey: TriggerReference),

        new("SIMPROP_TRIGGERS", TriggerKey,
        [
            .. TriggerKeyColumns, Text("STR_PROP_1", 512, required: false), Text("STR_PROP_2", 512, required: false),
            Text("STR_PROP_3", 512, required: false), Number("INT_PROP_1"), Number("INT_PROP_2"), Time("LONG_PROP_1", required: false),
            Time("LONG_PROP_2", required: false), new("DEC_PROP_1", SchedulerColumnKind.Decimal, 0, false), new("DEC_PROP_2", SchedulerColumnKind.Decimal, 0, false),
            OptionalFlag("BOOL_PROP_1"), OptionalFlag("BOOL_PROP_2"), Text("TIME_ZONE_ID", 80, required: false),
        ],
        ForeignKey: TriggerReference),

        new("BLOB_TRIGGERS", TriggerKey, [.. TriggerKeyColumns, Blob("BLOB_DATA")], ForeignKey: TriggerReference),

        new("CALENDARS", ["SCHED_NAME", "CALENDAR_NAME"], [SchedName, Text("CALENDAR_NAME", 200), Blob("CALENDAR", required: true)]),

        new("PAUSED_TRIGGER_GRPS", ["SCHED_NAME", "TRIGGER_GROUP"], [SchedName, Text("TRIGGER_GROUP", 150), .. PauseColumns()]),

        new("PAUSED_JOB_GRPS", ["SCHED_NAME", "JOB_GROUP"], [SchedName, Text("JOB_GROUP", 150), .. PauseColumns()]),

        new("FIRED_TRIGGERS", ["SCHED_NAME", "ENTRY_ID"],
        [
            SchedName, Text("ENTRY_ID", 140), Text("TRIGGER_NAME", 150), Text("TRIGGER_GROUP", 150), Text("INSTANCE_NAME", 200),
            Time("FIRED_TIME"), Time("SCHED_TIME"), Number("PRIORITY", required: true), Text("STATE", 16),
            Text("JOB_NAME", 150, required: false), Text("JOB_GROUP", 150, required: false), OptionalFlag("IS_NONCONCURRENT"),
            OptionalFlag("REQUESTS_RECOVERY"), Text("EXECUTION_GROUP", 200, required: false), Number("PROGRESS"),
            Text("PROGRESS_MESSAGE", 250, required: false), Time("INTERRUPT_REQUESTED_TIME", required: false),
        ],
        Indexes:
        [
            new("IDX_QRTZ_FT_INST_JOB_REQ_RCVRY", ["SCHED_NAME", "INSTANCE_NAME", "REQUESTS_RECOVERY"]),
            new("IDX_QRTZ_FT_J_G", ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"]),
            new("IDX_QRTZ_FT_T_G", ["SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP"]),
        ]),

        new("SCHEDULER_STATE", ["SCHED_NAME", "INSTANCE_NAME"],
        [SchedName, Text("INSTANCE_NAME", 200), Time("LAST_CHECKIN_TIME"), Time("CHECKIN_INTERVAL"), Text("QUARTZ_VERSION", 20, required: false)]),

        new("LOCKS", ["SCHED_NAME", "LOCK_NAME"], [SchedName, Text("LOCK_NAME", 40)]),

        new("EXECUTION_HISTORY", ["SCHED_NAME", "ENTRY_ID"],
        [
            SchedName, Text("ENTRY_ID", 140), Text("INSTANCE_NAME", 200), Text("JOB_NAME", 150), Text("JOB_GROUP", 150),
            Text("TRIGGER_NAME", 150), Text("TRIGGER_GROUP", 150), Time("FIRED_TIME"), Time("RUN_TIME"), Flag("SUCCEEDED"),
            Text("ERROR_MESSAGE", 1000, required: false), Number("RETRY_ATTEMPT", required: true, defaultValue: 0),
            Flag("RETRY_SCHEDULED", defaultValue: false), LongText("EXECUTION_LOG"), Number("RESULT"), Text("SUMMARY", 1000, required: false),
            LongText("METRICS"), OptionalFlag("MANUAL"), Text("FIRE_INSTANCE_ID", 140, required: false), LongText("JOB_INPUT"),
            OptionalFlag("JOB_INPUT_TOO_LARGE"),
        ],
        Indexes:
        [
            new("IDX_QRTZ_EH_FIRED_TIME", ["SCHED_NAME", "FIRED_TIME"]),
            new("IDX_QRTZ_EH_INST", ["SCHED_NAME", "INSTANCE_NAME"]),
            new("IDX_QRTZ_EH_JOB_TIME", ["SCHED_NAME", "JOB_GROUP", "JOB_NAME", "FIRED_TIME"]),
            new("IDX_QRTZ_EH_FIRE_INST", ["SCHED_NAME", "FIRE_INSTANCE_ID"]),
            new("IDX_QRTZ_EH_TRIG_TIME", ["SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME", "FIRED_TIME"]),
        ]),

        new("MISFIRE_HISTORY", ["SCHED_NAME", "ENTRY_ID"],
        [
            SchedName, Text("ENTRY_ID", 140), Text("INSTANCE_NAME", 200), Text("TRIGGER_NAME", 150), Text("TRIGGER_GROUP", 150),
            Text("JOB_NAME", 150, required: false), Text("JOB_GROUP", 150, required: false), Time("MISFIRE_TIME"),
            Time("SCHED_TIME", required: false), Number("REASON"),
        ],
        Indexes:
        [
            new("IDX_QRTZ_MH_MISFIRE_TIME", ["SCHED_NAME", "MISFIRE_TIME"]),
            new("IDX_QRTZ_MH_INST", ["SCHED_NAME", "INSTANCE_NAME"]),
        ]),

        new("JOB_STATUS", ["SCHED_NAME", "JOB_GROUP", "JOB_NAME"],
        [
            SchedName, Text("JOB_GROUP", 150), Text("JOB_NAME", 150), Time("FIRST_FIRED_TIME"), Time("LAST_FIRED_TIME"),
            Number("LAST_RESULT", required: true), Time("LAST_RUN_TIME"), Text("LAST_INSTANCE_NAME", 200),
            Text("LAST_ENTRY_ID", 140, required: false), Text("LAST_SUMMARY", 1000, required: false), Time("LAST_SUCCESS_TIME", required: false),
            Time("LAST_FAILURE_TIME", required: false), Text("LAST_FAILURE_MESSAGE", 1000, required: false),
            Number("CONSECUTIVE_FAILURES", required: true, defaultValue: 0), Time("RUN_COUNT", defaultValue: 0L), Time("FAILURE_COUNT", defaultValue: 0L),
        ]),
    ];

    private static string[] TriggerKey => ["SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP"];

    private static SchedulerColumn SchedName => Text("SCHED_NAME", 120);

    private static SchedulerColumn[] TriggerKeyColumns => [SchedName, Text("TRIGGER_NAME", 150), Text("TRIGGER_GROUP", 150)];

    /// <summary>The trigger-type tables belong to their trigger row: deleting the trigger deletes them.</summary>
    private static SchedulerForeignKey TriggerReference => new("TRIGGERS", TriggerKey, Cascade: true);

    private static SchedulerColumn[] PauseColumns() =>
        [Text("PAUSE_REASON", 250, required: false), Text("PAUSED_BY", 200, required: false), Time("PAUSED_AT", required: false)];

    private static SchedulerColumn Text(string name, int length, bool required = true) => new(name, SchedulerColumnKind.Text, length, required);

    private static SchedulerColumn LongText(string name) => new(name, SchedulerColumnKind.LongText, 0, false);

    /// <summary>Times are stored by Quartz as 64-bit numbers (ticks); so are counts and intervals.</summary>
    private static SchedulerColumn Time(string name, bool required = true, long? defaultValue = null) => new(name, SchedulerColumnKind.BigInt, 0, required, defaultValue);

    private static SchedulerColumn Number(string name, bool required = false, int? defaultValue = null) => new(name, SchedulerColumnKind.Int, 0, required, defaultValue);

    private static SchedulerColumn Flag(string name, bool? defaultValue = null) => new(name, SchedulerColumnKind.Bool, 0, true, defaultValue);

    private static SchedulerColumn OptionalFlag(string name) => new(name, SchedulerColumnKind.Bool, 0, false);

    private static SchedulerColumn Blob(string name, bool required = false) => new(name, SchedulerColumnKind.Binary, 0, required);
}

internal enum SchedulerColumnKind
{
    Text,
    LongText,
    BigInt,
    Int,
    Bool,
    Binary,
    Decimal,
}

internal sealed record SchedulerColumn(string Name, SchedulerColumnKind Kind, int Length, bool Required, object? DefaultValue = null);

internal sealed record SchedulerForeignKey(string Table, string[] Columns, bool Cascade);

internal sealed record SchedulerIndex(string Name, string[] Columns, bool[]? Descending = null);

internal sealed record SchedulerTable(string Name, string[] PrimaryKey, SchedulerColumn[] Columns, SchedulerForeignKey? ForeignKey = null, SchedulerIndex[]? Indexes = null);
