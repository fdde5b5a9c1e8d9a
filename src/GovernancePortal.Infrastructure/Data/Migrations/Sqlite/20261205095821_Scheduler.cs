using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernancePortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Scheduler : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QRTZ_CALENDARS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    CALENDAR_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    CALENDAR = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_CALENDARS", x => new { x.SCHED_NAME, x.CALENDAR_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_EXECUTION_HISTORY",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    ENTRY_ID = table.Column<string>(type: "TEXT", nullable: false),
                    ERROR_MESSAGE = table.Column<string>(type: "TEXT", nullable: true),
                    EXECUTION_LOG = table.Column<string>(type: "TEXT", nullable: true),
                    FIRED_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    FIRE_INSTANCE_ID = table.Column<string>(type: "TEXT", nullable: true),
                    INSTANCE_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_INPUT = table.Column<string>(type: "TEXT", nullable: true),
                    JOB_INPUT_TOO_LARGE = table.Column<bool>(type: "INTEGER", nullable: true),
                    JOB_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    MANUAL = table.Column<bool>(type: "INTEGER", nullable: true),
                    METRICS = table.Column<string>(type: "TEXT", nullable: true),
                    RESULT = table.Column<int>(type: "INTEGER", nullable: true),
                    RETRY_ATTEMPT = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    RETRY_SCHEDULED = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    RUN_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    SUCCEEDED = table.Column<bool>(type: "INTEGER", nullable: false),
                    SUMMARY = table.Column<string>(type: "TEXT", nullable: true),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_EXECUTION_HISTORY", x => new { x.SCHED_NAME, x.ENTRY_ID });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_FIRED_TRIGGERS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    ENTRY_ID = table.Column<string>(type: "TEXT", nullable: false),
                    EXECUTION_GROUP = table.Column<string>(type: "TEXT", nullable: true),
                    FIRED_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    INSTANCE_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    INTERRUPT_REQUESTED_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    IS_NONCONCURRENT = table.Column<bool>(type: "INTEGER", nullable: true),
                    JOB_GROUP = table.Column<string>(type: "TEXT", nullable: true),
                    JOB_NAME = table.Column<string>(type: "TEXT", nullable: true),
                    PRIORITY = table.Column<int>(type: "INTEGER", nullable: false),
                    PROGRESS = table.Column<int>(type: "INTEGER", nullable: true),
                    PROGRESS_MESSAGE = table.Column<string>(type: "TEXT", nullable: true),
                    REQUESTS_RECOVERY = table.Column<bool>(type: "INTEGER", nullable: true),
                    SCHED_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    STATE = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_FIRED_TRIGGERS", x => new { x.SCHED_NAME, x.ENTRY_ID });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_JOB_DETAILS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    DESCRIPTION = table.Column<string>(type: "TEXT", nullable: true),
                    IS_DURABLE = table.Column<bool>(type: "INTEGER", nullable: false),
                    IS_NONCONCURRENT = table.Column<bool>(type: "INTEGER", nullable: false),
                    IS_UPDATE_DATA = table.Column<bool>(type: "INTEGER", nullable: false),
                    JOB_CLASS_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_DATA = table.Column<byte[]>(type: "BLOB", nullable: true),
                    REQUESTS_RECOVERY = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_JOB_DETAILS", x => new { x.SCHED_NAME, x.JOB_NAME, x.JOB_GROUP });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_JOB_STATUS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    CONSECUTIVE_FAILURES = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    FAILURE_COUNT = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    FIRST_FIRED_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    LAST_ENTRY_ID = table.Column<string>(type: "TEXT", nullable: true),
                    LAST_FAILURE_MESSAGE = table.Column<string>(type: "TEXT", nullable: true),
                    LAST_FAILURE_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    LAST_FIRED_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    LAST_INSTANCE_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    LAST_RESULT = table.Column<int>(type: "INTEGER", nullable: false),
                    LAST_RUN_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    LAST_SUCCESS_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    LAST_SUMMARY = table.Column<string>(type: "TEXT", nullable: true),
                    RUN_COUNT = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_JOB_STATUS", x => new { x.SCHED_NAME, x.JOB_GROUP, x.JOB_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_LOCKS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    LOCK_NAME = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_LOCKS", x => new { x.SCHED_NAME, x.LOCK_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_MISFIRE_HISTORY",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    ENTRY_ID = table.Column<string>(type: "TEXT", nullable: false),
                    INSTANCE_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_GROUP = table.Column<string>(type: "TEXT", nullable: true),
                    JOB_NAME = table.Column<string>(type: "TEXT", nullable: true),
                    MISFIRE_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    REASON = table.Column<int>(type: "INTEGER", nullable: true),
                    SCHED_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_MISFIRE_HISTORY", x => new { x.SCHED_NAME, x.ENTRY_ID });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_PAUSED_JOB_GRPS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    PAUSED_AT = table.Column<long>(type: "INTEGER", nullable: true),
                    PAUSED_BY = table.Column<string>(type: "TEXT", nullable: true),
                    PAUSE_REASON = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_PAUSED_JOB_GRPS", x => new { x.SCHED_NAME, x.JOB_GROUP });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_PAUSED_TRIGGER_GRPS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    PAUSED_AT = table.Column<long>(type: "INTEGER", nullable: true),
                    PAUSED_BY = table.Column<string>(type: "TEXT", nullable: true),
                    PAUSE_REASON = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_PAUSED_TRIGGER_GRPS", x => new { x.SCHED_NAME, x.TRIGGER_GROUP });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_SCHEDULER_STATE",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    INSTANCE_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    CHECKIN_INTERVAL = table.Column<long>(type: "INTEGER", nullable: false),
                    LAST_CHECKIN_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    QUARTZ_VERSION = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_SCHEDULER_STATE", x => new { x.SCHED_NAME, x.INSTANCE_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_TRIGGERS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    CALENDAR_NAME = table.Column<string>(type: "TEXT", nullable: true),
                    CONTINUATION_CONDITION = table.Column<int>(type: "INTEGER", nullable: true),
                    CONTINUES_TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: true),
                    CONTINUES_TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: true),
                    DESCRIPTION = table.Column<string>(type: "TEXT", nullable: true),
                    END_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    EXECUTION_GROUP = table.Column<string>(type: "TEXT", nullable: true),
                    FIXED_DELAY = table.Column<bool>(type: "INTEGER", nullable: true),
                    JOB_DATA = table.Column<byte[]>(type: "BLOB", nullable: true),
                    JOB_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    JOB_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    MISFIRE_INSTR = table.Column<int>(type: "INTEGER", nullable: true),
                    MISFIRE_ORIG_FIRE_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    MISFIRE_THRESHOLD = table.Column<long>(type: "INTEGER", nullable: true),
                    NEXT_FIRE_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    OVERLAP_POLICY = table.Column<int>(type: "INTEGER", nullable: true),
                    PAUSED_AT = table.Column<long>(type: "INTEGER", nullable: true),
                    PAUSED_BY = table.Column<string>(type: "TEXT", nullable: true),
                    PAUSE_REASON = table.Column<string>(type: "TEXT", nullable: true),
                    PREFERRED_NODE = table.Column<string>(type: "TEXT", nullable: true),
                    PREFERRED_NODE_AUTO = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    PREV_FIRE_TIME = table.Column<long>(type: "INTEGER", nullable: true),
                    PRIORITY = table.Column<int>(type: "INTEGER", nullable: true),
                    RETRY_ATTEMPT = table.Column<int>(type: "INTEGER", nullable: true),
                    RETRY_POLICY = table.Column<string>(type: "TEXT", nullable: true),
                    START_TIME = table.Column<long>(type: "INTEGER", nullable: false),
                    TRIGGER_STATE = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_TYPE = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS",
                        columns: x => new { x.SCHED_NAME, x.JOB_NAME, x.JOB_GROUP },
                        principalTable: "QRTZ_JOB_DETAILS",
                        principalColumns: new[] { "SCHED_NAME", "JOB_NAME", "JOB_GROUP" });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_BLOB_TRIGGERS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    BLOB_DATA = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_BLOB_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_BLOB_TRIGGERS_QRTZ_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_CRON_TRIGGERS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    CRON_EXPRESSION = table.Column<string>(type: "TEXT", nullable: false),
                    TIME_ZONE_ID = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_CRON_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_SIMPLE_TRIGGERS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    REPEAT_COUNT = table.Column<long>(type: "INTEGER", nullable: false),
                    REPEAT_INTERVAL = table.Column<long>(type: "INTEGER", nullable: false),
                    TIMES_TRIGGERED = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_SIMPLE_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_SIMPROP_TRIGGERS",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "TEXT", nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "TEXT", nullable: false),
                    BOOL_PROP_1 = table.Column<bool>(type: "INTEGER", nullable: true),
                    BOOL_PROP_2 = table.Column<bool>(type: "INTEGER", nullable: true),
                    DEC_PROP_1 = table.Column<decimal>(type: "NUMERIC", nullable: true),
                    DEC_PROP_2 = table.Column<decimal>(type: "NUMERIC", nullable: true),
                    INT_PROP_1 = table.Column<int>(type: "INTEGER", nullable: true),
                    INT_PROP_2 = table.Column<int>(type: "INTEGER", nullable: true),
                    LONG_PROP_1 = table.Column<long>(type: "INTEGER", nullable: true),
                    LONG_PROP_2 = table.Column<long>(type: "INTEGER", nullable: true),
                    STR_PROP_1 = table.Column<string>(type: "TEXT", nullable: true),
                    STR_PROP_2 = table.Column<string>(type: "TEXT", nullable: true),
                    STR_PROP_3 = table.Column<string>(type: "TEXT", nullable: true),
                    TIME_ZONE_ID = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_SIMPROP_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_EH_FIRE_INST",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "FIRE_INSTANCE_ID" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_EH_FIRED_TIME",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "FIRED_TIME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_EH_INST",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "INSTANCE_NAME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_EH_JOB_TIME",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "JOB_GROUP", "JOB_NAME", "FIRED_TIME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_EH_TRIG_TIME",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME", "FIRED_TIME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_FT_INST_JOB_REQ_RCVRY",
                table: "QRTZ_FIRED_TRIGGERS",
                columns: new[] { "SCHED_NAME", "INSTANCE_NAME", "REQUESTS_RECOVERY" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_FT_J_G",
                table: "QRTZ_FIRED_TRIGGERS",
                columns: new[] { "SCHED_NAME", "JOB_NAME", "JOB_GROUP" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_FT_T_G",
                table: "QRTZ_FIRED_TRIGGERS",
                columns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_J_G_N",
                table: "QRTZ_JOB_DETAILS",
                columns: new[] { "SCHED_NAME", "JOB_GROUP", "JOB_NAME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_MH_INST",
                table: "QRTZ_MISFIRE_HISTORY",
                columns: new[] { "SCHED_NAME", "INSTANCE_NAME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_MH_MISFIRE_TIME",
                table: "QRTZ_MISFIRE_HISTORY",
                columns: new[] { "SCHED_NAME", "MISFIRE_TIME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_T_C",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "CALENDAR_NAME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_T_G_N",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_T_J",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "JOB_NAME", "JOB_GROUP" });

            migrationBuilder.CreateIndex(
                name: "IDX_QRTZ_T_NFT_ST",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "TRIGGER_STATE", "NEXT_FIRE_TIME", "PRIORITY", "MISFIRE_INSTR" },
                descending: new[] { false, false, false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QRTZ_BLOB_TRIGGERS");

            migrationBuilder.DropTable(
                name: "QRTZ_CALENDARS");

            migrationBuilder.DropTable(
                name: "QRTZ_CRON_TRIGGERS");

            migrationBuilder.DropTable(
                name: "QRTZ_EXECUTION_HISTORY");

            migrationBuilder.DropTable(
                name: "QRTZ_FIRED_TRIGGERS");

            migrationBuilder.DropTable(
                name: "QRTZ_JOB_STATUS");

            migrationBuilder.DropTable(
                name: "QRTZ_LOCKS");

            migrationBuilder.DropTable(
                name: "QRTZ_MISFIRE_HISTORY");

            migrationBuilder.DropTable(
                name: "QRTZ_PAUSED_JOB_GRPS");

            migrationBuilder.DropTable(
                name: "QRTZ_PAUSED_TRIGGER_GRPS");

            migrationBuilder.DropTable(
                name: "QRTZ_SCHEDULER_STATE");

            migrationBuilder.DropTable(
                name: "QRTZ_SIMPLE_TRIGGERS");

            migrationBuilder.DropTable(
                name: "QRTZ_SIMPROP_TRIGGERS");

            migrationBuilder.DropTable(
                name: "QRTZ_TRIGGERS");

            migrationBuilder.DropTable(
                name: "QRTZ_JOB_DETAILS");
        }
    }
}
