IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [IsDisabled] bit NOT NULL,
        [MustChangePassword] bit NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [LastSignInAtUtc] datetime2 NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredAtUtc] datetime2 NOT NULL,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityKey] nvarchar(100) NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(10) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ShortName] nvarchar(20) NOT NULL,
        [ActionCodeScheme] nvarchar(40) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [ImprovementPlans] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [FirstYear] int NOT NULL,
        [LastYear] int NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ImprovementPlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImprovementPlans_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [People] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [FullName] nvarchar(200) NULL,
        [JobTitle] nvarchar(200) NOT NULL,
        [Email] nvarchar(256) NULL,
        [UserId] nvarchar(450) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_People] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_People_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_People_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [Principles] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Code] nvarchar(1) NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [SortOrder] int NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Principles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Principles_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [UserOrganisations] (
        [UserId] nvarchar(450) NOT NULL,
        [OrganisationId] int NOT NULL,
        CONSTRAINT [PK_UserOrganisations] PRIMARY KEY ([UserId], [OrganisationId]),
        CONSTRAINT [FK_UserOrganisations_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_UserOrganisations_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [ImprovementAreas] (
        [Id] int NOT NULL IDENTITY,
        [PlanId] int NOT NULL,
        [Code] nvarchar(20) NULL,
        [Sequence] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Tier] nvarchar(40) NOT NULL,
        [Aim] nvarchar(max) NULL,
        [MainIssue] nvarchar(max) NULL,
        [Monitoring] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ImprovementAreas] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImprovementAreas_ImprovementPlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [ImprovementPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [GovernanceAreas] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Reference] nvarchar(10) NOT NULL,
        [SortOrder] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [PrincipleId] int NOT NULL,
        [IsArchived] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_GovernanceAreas] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_GovernanceAreas_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_GovernanceAreas_Principles_PrincipleId] FOREIGN KEY ([PrincipleId]) REFERENCES [Principles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [SubPrinciples] (
        [Id] int NOT NULL IDENTITY,
        [PrincipleId] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_SubPrinciples] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SubPrinciples_Principles_PrincipleId] FOREIGN KEY ([PrincipleId]) REFERENCES [Principles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [ImprovementActions] (
        [Id] int NOT NULL IDENTITY,
        [AreaId] int NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [OwnerId] int NULL,
        [OwnerText] nvarchar(200) NULL,
        [OriginalDueDate] date NULL,
        [DueDate] date NULL,
        [Status] nvarchar(40) NOT NULL,
        [Rag] nvarchar(40) NULL,
        [Progress] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ImprovementActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImprovementActions_ImprovementAreas_AreaId] FOREIGN KEY ([AreaId]) REFERENCES [ImprovementAreas] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ImprovementActions_People_OwnerId] FOREIGN KEY ([OwnerId]) REFERENCES [People] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [ImprovementAreaLeads] (
        [ImprovementAreaId] int NOT NULL,
        [LeadsId] int NOT NULL,
        CONSTRAINT [PK_ImprovementAreaLeads] PRIMARY KEY ([ImprovementAreaId], [LeadsId]),
        CONSTRAINT [FK_ImprovementAreaLeads_ImprovementAreas_ImprovementAreaId] FOREIGN KEY ([ImprovementAreaId]) REFERENCES [ImprovementAreas] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ImprovementAreaLeads_People_LeadsId] FOREIGN KEY ([LeadsId]) REFERENCES [People] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [AreaStatements] (
        [Id] int NOT NULL IDENTITY,
        [GovernanceAreaId] int NOT NULL,
        [Year] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [SubTopic] nvarchar(200) NULL,
        [SortOrder] int NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AreaStatements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AreaStatements_GovernanceAreas_GovernanceAreaId] FOREIGN KEY ([GovernanceAreaId]) REFERENCES [GovernanceAreas] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE TABLE [GovernanceAreaLeads] (
        [GovernanceAreaId] int NOT NULL,
        [SeniorLeadsId] int NOT NULL,
        CONSTRAINT [PK_GovernanceAreaLeads] PRIMARY KEY ([GovernanceAreaId], [SeniorLeadsId]),
        CONSTRAINT [FK_GovernanceAreaLeads_GovernanceAreas_GovernanceAreaId] FOREIGN KEY ([GovernanceAreaId]) REFERENCES [GovernanceAreas] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_GovernanceAreaLeads_People_SeniorLeadsId] FOREIGN KEY ([SeniorLeadsId]) REFERENCES [People] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] ON;
    EXEC(N'INSERT INTO [AspNetRoles] ([Id], [ConcurrencyStamp], [Name], [NormalizedName])
    VALUES (N''role-administrator'', N''role-administrator'', N''Administrator'', N''ADMINISTRATOR''),
    (N''role-auditor'', N''role-auditor'', N''Auditor'', N''AUDITOR''),
    (N''role-governanceteam'', N''role-governanceteam'', N''GovernanceTeam'', N''GOVERNANCETEAM''),
    (N''role-panelmember'', N''role-panelmember'', N''PanelMember'', N''PANELMEMBER''),
    (N''role-seniorlead'', N''role-seniorlead'', N''SeniorLead'', N''SENIORLEAD'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ActionCodeScheme', N'Code', N'Name', N'ShortName', N'Version') AND [object_id] = OBJECT_ID(N'[Organisations]'))
        SET IDENTITY_INSERT [Organisations] ON;
    EXEC(N'INSERT INTO [Organisations] ([Id], [ActionCodeScheme], [Code], [Name], [ShortName], [Version])
    VALUES (1, N''AreaSequence'', N''MPS'', N''Metropolitan Police Service'', N''Met'', ''6d1f1c52-0c39-4c43-9b1a-5f0d2b6e0001''),
    (2, N''PrincipleNumber'', N''MOPAC'', N''Mayor''''s Office for Policing And Crime'', N''MOPAC'', ''6d1f1c52-0c39-4c43-9b1a-5f0d2b6e0002'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ActionCodeScheme', N'Code', N'Name', N'ShortName', N'Version') AND [object_id] = OBJECT_ID(N'[Organisations]'))
        SET IDENTITY_INSERT [Organisations] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_AreaStatements_GovernanceAreaId_Year_Kind] ON [AreaStatements] ([GovernanceAreaId], [Year], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityKey] ON [AuditEntries] ([EntityType], [EntityKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAtUtc] ON [AuditEntries] ([OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_GovernanceAreaLeads_SeniorLeadsId] ON [GovernanceAreaLeads] ([SeniorLeadsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_GovernanceAreas_OrganisationId_Reference] ON [GovernanceAreas] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_GovernanceAreas_PrincipleId] ON [GovernanceAreas] ([PrincipleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ImprovementActions_AreaId_Code] ON [ImprovementActions] ([AreaId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_ImprovementActions_OwnerId] ON [ImprovementActions] ([OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_ImprovementActions_Status_DueDate] ON [ImprovementActions] ([Status], [DueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_ImprovementAreaLeads_LeadsId] ON [ImprovementAreaLeads] ([LeadsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ImprovementAreas_PlanId_Sequence] ON [ImprovementAreas] ([PlanId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_ImprovementPlans_OrganisationId] ON [ImprovementPlans] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organisations_Code] ON [Organisations] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_People_OrganisationId_JobTitle] ON [People] ([OrganisationId], [JobTitle]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_People_UserId] ON [People] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Principles_OrganisationId_Code] ON [Principles] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_SubPrinciples_PrincipleId] ON [SubPrinciples] ([PrincipleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    CREATE INDEX [IX_UserOrganisations_OrganisationId] ON [UserOrganisations] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105518_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123105518_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    ALTER TABLE [People] ADD [HolderSince] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    ALTER TABLE [People] ADD [IsArchived] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    ALTER TABLE [GovernanceAreas] ADD [CommitmentsLeadIn] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE TABLE [FrameworkYears] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Year] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [RolledForwardFrom] int NULL,
        [OpenedAtUtc] datetime2 NOT NULL,
        [PublishedAtUtc] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FrameworkYears] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FrameworkYears_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE TABLE [PostHoldings] (
        [Id] int NOT NULL IDENTITY,
        [PersonId] int NOT NULL,
        [FullName] nvarchar(200) NULL,
        [Email] nvarchar(256) NULL,
        [UserId] nvarchar(450) NULL,
        [From] date NULL,
        [To] date NOT NULL,
        CONSTRAINT [PK_PostHoldings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PostHoldings_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE TABLE [StatementProposals] (
        [Id] int NOT NULL IDENTITY,
        [GovernanceAreaId] int NOT NULL,
        [AreaStatementId] int NULL,
        [Year] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [SubTopic] nvarchar(200) NULL,
        [ProposedText] nvarchar(max) NOT NULL,
        [BaseVersion] uniqueidentifier NULL,
        [Reason] nvarchar(2000) NULL,
        [ProposedByUserId] nvarchar(450) NULL,
        [ProposedByName] nvarchar(200) NOT NULL,
        [ProposedAtUtc] datetime2 NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [DecidedByName] nvarchar(200) NULL,
        [DecidedAtUtc] datetime2 NULL,
        [DecisionComment] nvarchar(2000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_StatementProposals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StatementProposals_AreaStatements_AreaStatementId] FOREIGN KEY ([AreaStatementId]) REFERENCES [AreaStatements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StatementProposals_GovernanceAreas_GovernanceAreaId] FOREIGN KEY ([GovernanceAreaId]) REFERENCES [GovernanceAreas] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FrameworkYears_OrganisationId_Year] ON [FrameworkYears] ([OrganisationId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE INDEX [IX_PostHoldings_PersonId] ON [PostHoldings] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE INDEX [IX_StatementProposals_AreaStatementId] ON [StatementProposals] ([AreaStatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE INDEX [IX_StatementProposals_GovernanceAreaId] ON [StatementProposals] ([GovernanceAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    CREATE INDEX [IX_StatementProposals_Status_GovernanceAreaId] ON [StatementProposals] ([Status], [GovernanceAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010147_FrameworkRegister'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202010147_FrameworkRegister', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [Organisations] ADD [RagRule] nvarchar(1000) NOT NULL DEFAULT N'{"amberWhenRevised":true,"amberWhenAtRisk":true,"amberWithinDaysOfDue":0,"redAfterDaysOverdue":0}';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [Organisations] ADD [UpdateWindowDays] int NOT NULL DEFAULT 30;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementPlans] ADD [PreviousPlanId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementPlans] ADD [ReportedSummary] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementPlans] ADD [Status] nvarchar(40) NOT NULL DEFAULT N'Active';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementAreas] ADD [PrincipleId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [CalculatedRag] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [CarriedForwardFromId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [ClosureNote] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [CompletedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [OwnerReportsAtRisk] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [ProgressAsAt] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [RagCalculatedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [RagOverriddenAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [RagOverriddenByName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [RagOverride] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [RagOverrideRationale] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [RevisionCount] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [Source] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [SourceReference] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD [UpdateRequestedBy] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE TABLE [ActionUpdates] (
        [Id] int NOT NULL IDENTITY,
        [ActionId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Narrative] nvarchar(4000) NOT NULL,
        [Evidence] nvarchar(4000) NULL,
        [Assessment] nvarchar(40) NOT NULL,
        [SubmittedByUserId] nvarchar(450) NULL,
        [SubmittedByName] nvarchar(200) NOT NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        [Review] nvarchar(40) NOT NULL,
        [ReviewedByName] nvarchar(200) NULL,
        [ReviewedAtUtc] datetime2 NULL,
        [ReviewComment] nvarchar(2000) NULL,
        CONSTRAINT [PK_ActionUpdates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ActionUpdates_ImprovementActions_ActionId] FOREIGN KEY ([ActionId]) REFERENCES [ImprovementActions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE TABLE [AreaAssessments] (
        [Id] int NOT NULL IDENTITY,
        [AreaId] int NOT NULL,
        [Period] nvarchar(200) NOT NULL,
        [AsAt] date NULL,
        [Assessment] nvarchar(100) NOT NULL,
        [Narrative] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AreaAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AreaAssessments_ImprovementAreas_AreaId] FOREIGN KEY ([AreaId]) REFERENCES [ImprovementAreas] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE TABLE [DueDateRevisions] (
        [Id] int NOT NULL IDENTITY,
        [ActionId] int NOT NULL,
        [PreviousDueDate] date NULL,
        [NewDueDate] date NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [ApprovedBy] nvarchar(200) NOT NULL,
        [RecordedByName] nvarchar(200) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_DueDateRevisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DueDateRevisions_ImprovementActions_ActionId] FOREIGN KEY ([ActionId]) REFERENCES [ImprovementActions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE TABLE [ImportBatches] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [PlanId] int NOT NULL,
        [FileName] nvarchar(260) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Mapping] nvarchar(4000) NULL,
        [Status] nvarchar(40) NOT NULL,
        [TotalRows] int NOT NULL,
        [ProcessedRows] int NOT NULL,
        [ErrorCount] int NOT NULL,
        [Report] nvarchar(max) NULL,
        [UploadedByUserId] nvarchar(450) NULL,
        [UploadedByName] nvarchar(200) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        [CompletedAtUtc] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ImportBatches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImportBatches_ImprovementPlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [ImprovementPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE TABLE [ImprovementAreaGovernanceAreas] (
        [GovernanceAreasId] int NOT NULL,
        [ImprovementAreaId] int NOT NULL,
        CONSTRAINT [PK_ImprovementAreaGovernanceAreas] PRIMARY KEY ([GovernanceAreasId], [ImprovementAreaId]),
        CONSTRAINT [FK_ImprovementAreaGovernanceAreas_GovernanceAreas_GovernanceAreasId] FOREIGN KEY ([GovernanceAreasId]) REFERENCES [GovernanceAreas] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ImprovementAreaGovernanceAreas_ImprovementAreas_ImprovementAreaId] FOREIGN KEY ([ImprovementAreaId]) REFERENCES [ImprovementAreas] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    EXEC(N'UPDATE [Organisations] SET [RagRule] = N''{"amberWhenRevised":true,"amberWhenAtRisk":true,"amberWithinDaysOfDue":0,"redAfterDaysOverdue":0}'', [UpdateWindowDays] = 30
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    EXEC(N'UPDATE [Organisations] SET [RagRule] = N''{"amberWhenRevised":true,"amberWhenAtRisk":true,"amberWithinDaysOfDue":0,"redAfterDaysOverdue":0}'', [UpdateWindowDays] = 30
    WHERE [Id] = 2;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_ImprovementPlans_PreviousPlanId] ON [ImprovementPlans] ([PreviousPlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_ImprovementAreas_PrincipleId] ON [ImprovementAreas] ([PrincipleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ImprovementActions_CarriedForwardFromId] ON [ImprovementActions] ([CarriedForwardFromId]) WHERE [CarriedForwardFromId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_ActionUpdates_ActionId] ON [ActionUpdates] ([ActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_ActionUpdates_Review_ActionId] ON [ActionUpdates] ([Review], [ActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_AreaAssessments_AreaId] ON [AreaAssessments] ([AreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_DueDateRevisions_ActionId] ON [DueDateRevisions] ([ActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_ImportBatches_OrganisationId_Status] ON [ImportBatches] ([OrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_ImportBatches_PlanId] ON [ImportBatches] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    CREATE INDEX [IX_ImprovementAreaGovernanceAreas_ImprovementAreaId] ON [ImprovementAreaGovernanceAreas] ([ImprovementAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementActions] ADD CONSTRAINT [FK_ImprovementActions_ImprovementActions_CarriedForwardFromId] FOREIGN KEY ([CarriedForwardFromId]) REFERENCES [ImprovementActions] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementAreas] ADD CONSTRAINT [FK_ImprovementAreas_Principles_PrincipleId] FOREIGN KEY ([PrincipleId]) REFERENCES [Principles] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    ALTER TABLE [ImprovementPlans] ADD CONSTRAINT [FK_ImprovementPlans_ImprovementPlans_PreviousPlanId] FOREIGN KEY ([PreviousPlanId]) REFERENCES [ImprovementPlans] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202050001_ImprovementTracker'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202050001_ImprovementTracker', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203200607_ImportBackgroundChecking'
)
BEGIN
    ALTER TABLE [ImportBatches] ADD [ClaimExpiresAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203200607_ImportBackgroundChecking'
)
BEGIN
    ALTER TABLE [ImportBatches] ADD [ClaimedBy] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203200607_ImportBackgroundChecking'
)
BEGIN
    CREATE INDEX [IX_ImportBatches_Status] ON [ImportBatches] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203200607_ImportBackgroundChecking'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203200607_ImportBackgroundChecking', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    ALTER TABLE [DueDateRevisions] ADD [ApprovedByName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    ALTER TABLE [DueDateRevisions] ADD [ApprovedByText] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    EXEC(N'UPDATE [DueDateRevisions] SET [ApprovedByText] = [ApprovedBy]')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[DueDateRevisions]') AND [c].[name] = N'ApprovedBy');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [DueDateRevisions] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [DueDateRevisions] DROP COLUMN [ApprovedBy];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    ALTER TABLE [DueDateRevisions] ADD [ApprovedByUserId] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    ALTER TABLE [DueDateRevisions] ADD [RequestId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    ALTER TABLE [DueDateRevisions] ADD [RequestedByName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    ALTER TABLE [DueDateRevisions] ADD [RequestedByUserId] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    CREATE TABLE [DueDateRequests] (
        [Id] int NOT NULL IDENTITY,
        [ActionId] int NOT NULL,
        [CurrentDueDate] date NULL,
        [RequestedDueDate] date NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [RequestedByUserId] nvarchar(450) NULL,
        [RequestedByName] nvarchar(200) NOT NULL,
        [RequestedAtUtc] datetime2 NOT NULL,
        [Decision] nvarchar(40) NOT NULL,
        [DecidedByUserId] nvarchar(450) NULL,
        [DecidedByName] nvarchar(200) NULL,
        [DecidedAtUtc] datetime2 NULL,
        [DecisionComment] nvarchar(2000) NULL,
        CONSTRAINT [PK_DueDateRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DueDateRequests_ImprovementActions_ActionId] FOREIGN KEY ([ActionId]) REFERENCES [ImprovementActions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    CREATE INDEX [IX_DueDateRevisions_RequestId] ON [DueDateRevisions] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    CREATE INDEX [IX_DueDateRequests_ActionId] ON [DueDateRequests] ([ActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    CREATE INDEX [IX_DueDateRequests_Decision_ActionId] ON [DueDateRequests] ([Decision], [ActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    ALTER TABLE [DueDateRevisions] ADD CONSTRAINT [FK_DueDateRevisions_DueDateRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [DueDateRequests] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202134_DueDateRequests'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203202134_DueDateRequests', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    ALTER TABLE [People] ADD [BusinessGroup] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(60) NOT NULL,
        [DeduplicationKey] nvarchar(200) NOT NULL,
        [ToAddress] nvarchar(256) NOT NULL,
        [ToName] nvarchar(200) NULL,
        [Subject] nvarchar(300) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [HtmlBody] nvarchar(max) NULL,
        [RecordKey] nvarchar(100) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [NextAttemptAtUtc] datetime2 NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        [SentAtUtc] datetime2 NULL,
        [FailedAtUtc] datetime2 NULL,
        [ClaimedBy] nvarchar(200) NULL,
        [ClaimedUntilUtc] datetime2 NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [Surveys] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Year] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Introduction] nvarchar(4000) NULL,
        [Status] nvarchar(40) NOT NULL,
        [ScaleLabels] nvarchar(1000) NOT NULL,
        [NarrativeRequiredFrom] int NOT NULL,
        [FlagFrom] int NOT NULL,
        [Declaration] nvarchar(4000) NOT NULL,
        [ReminderDaysBefore] nvarchar(100) NOT NULL,
        [OverdueReminderEveryDays] int NOT NULL,
        [EscalateAfterDaysOverdue] int NOT NULL,
        [IssuedAtUtc] datetime2 NULL,
        [IssuedByName] nvarchar(200) NULL,
        [ClosedAtUtc] datetime2 NULL,
        [ClosedByName] nvarchar(200) NULL,
        [CopiedFromId] int NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Surveys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Surveys_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Surveys_Surveys_CopiedFromId] FOREIGN KEY ([CopiedFromId]) REFERENCES [Surveys] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [RespondentUploads] (
        [Id] int NOT NULL IDENTITY,
        [SurveyId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [UploadedByName] nvarchar(200) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        [AppliedAtUtc] datetime2 NULL,
        [AppliedByName] nvarchar(200) NULL,
        [AddedCount] int NOT NULL,
        CONSTRAINT [PK_RespondentUploads] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RespondentUploads_Surveys_SurveyId] FOREIGN KEY ([SurveyId]) REFERENCES [Surveys] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [SurveyReturns] (
        [Id] int NOT NULL IDENTITY,
        [SurveyId] int NOT NULL,
        [SignatoryId] int NOT NULL,
        [BusinessGroup] nvarchar(200) NULL,
        [Deadline] date NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [InvitedAtUtc] datetime2 NULL,
        [LastReminderAtUtc] datetime2 NULL,
        [RemindersSent] int NOT NULL,
        [EscalatedAtUtc] datetime2 NULL,
        [SignedByName] nvarchar(200) NULL,
        [SignedByRole] nvarchar(200) NULL,
        [SignedOn] date NULL,
        [SignedByUserId] nvarchar(450) NULL,
        [SubmittedAtUtc] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SurveyReturns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveyReturns_People_SignatoryId] FOREIGN KEY ([SignatoryId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SurveyReturns_Surveys_SurveyId] FOREIGN KEY ([SurveyId]) REFERENCES [Surveys] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [SurveySections] (
        [Id] int NOT NULL IDENTITY,
        [SurveyId] int NOT NULL,
        [Order] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Guidance] nvarchar(4000) NULL,
        [GovernanceAreaId] int NULL,
        CONSTRAINT [PK_SurveySections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveySections_GovernanceAreas_GovernanceAreaId] FOREIGN KEY ([GovernanceAreaId]) REFERENCES [GovernanceAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SurveySections_Surveys_SurveyId] FOREIGN KEY ([SurveyId]) REFERENCES [Surveys] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [InterviewNotes] (
        [Id] int NOT NULL IDENTITY,
        [ReturnId] int NOT NULL,
        [HeldOn] date NOT NULL,
        [Notes] nvarchar(4000) NOT NULL,
        [RecordedByName] nvarchar(200) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InterviewNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InterviewNotes_SurveyReturns_ReturnId] FOREIGN KEY ([ReturnId]) REFERENCES [SurveyReturns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [ReturnDelegates] (
        [Id] int NOT NULL IDENTITY,
        [ReturnId] int NOT NULL,
        [PersonId] int NOT NULL,
        CONSTRAINT [PK_ReturnDelegates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReturnDelegates_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReturnDelegates_SurveyReturns_ReturnId] FOREIGN KEY ([ReturnId]) REFERENCES [SurveyReturns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [ReturnEvents] (
        [Id] int NOT NULL IDENTITY,
        [ReturnId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [ByName] nvarchar(200) NOT NULL,
        [Note] nvarchar(2000) NULL,
        CONSTRAINT [PK_ReturnEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReturnEvents_SurveyReturns_ReturnId] FOREIGN KEY ([ReturnId]) REFERENCES [SurveyReturns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [ReturnSections] (
        [Id] int NOT NULL IDENTITY,
        [ReturnId] int NOT NULL,
        [SectionId] int NOT NULL,
        [IsComplete] bit NOT NULL,
        [LastSavedByName] nvarchar(200) NULL,
        [LastSavedAtUtc] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReturnSections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReturnSections_SurveyReturns_ReturnId] FOREIGN KEY ([ReturnId]) REFERENCES [SurveyReturns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ReturnSections_SurveySections_SectionId] FOREIGN KEY ([SectionId]) REFERENCES [SurveySections] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [SurveyFlags] (
        [Id] int NOT NULL IDENTITY,
        [SurveyId] int NOT NULL,
        [SectionId] int NOT NULL,
        [ImprovementAreaId] int NULL,
        [ImprovementActionId] int NULL,
        [RaisedByName] nvarchar(200) NOT NULL,
        [RaisedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SurveyFlags] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveyFlags_ImprovementActions_ImprovementActionId] FOREIGN KEY ([ImprovementActionId]) REFERENCES [ImprovementActions] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_SurveyFlags_ImprovementAreas_ImprovementAreaId] FOREIGN KEY ([ImprovementAreaId]) REFERENCES [ImprovementAreas] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_SurveyFlags_SurveySections_SectionId] FOREIGN KEY ([SectionId]) REFERENCES [SurveySections] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SurveyFlags_Surveys_SurveyId] FOREIGN KEY ([SurveyId]) REFERENCES [Surveys] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [SurveyQuestions] (
        [Id] int NOT NULL IDENTITY,
        [SectionId] int NOT NULL,
        [Order] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [Hint] nvarchar(4000) NULL,
        [IsRequired] bit NOT NULL,
        [WordingVersion] int NOT NULL,
        CONSTRAINT [PK_SurveyQuestions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveyQuestions_SurveySections_SectionId] FOREIGN KEY ([SectionId]) REFERENCES [SurveySections] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [SurveyFlagSources] (
        [Id] int NOT NULL IDENTITY,
        [FlagId] int NOT NULL,
        [ReturnId] int NOT NULL,
        CONSTRAINT [PK_SurveyFlagSources] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveyFlagSources_SurveyFlags_FlagId] FOREIGN KEY ([FlagId]) REFERENCES [SurveyFlags] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SurveyFlagSources_SurveyReturns_ReturnId] FOREIGN KEY ([ReturnId]) REFERENCES [SurveyReturns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [QuestionWordings] (
        [Id] int NOT NULL IDENTITY,
        [QuestionId] int NOT NULL,
        [WordingVersion] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [Hint] nvarchar(4000) NULL,
        [ReplacedByName] nvarchar(200) NOT NULL,
        [ReplacedAtUtc] datetime2 NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        CONSTRAINT [PK_QuestionWordings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_QuestionWordings_SurveyQuestions_QuestionId] FOREIGN KEY ([QuestionId]) REFERENCES [SurveyQuestions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE TABLE [SurveyAnswers] (
        [Id] int NOT NULL IDENTITY,
        [ReturnSectionId] int NOT NULL,
        [QuestionId] int NOT NULL,
        [Rating] int NULL,
        [Choice] nvarchar(40) NULL,
        [Text] nvarchar(4000) NULL,
        [Links] nvarchar(4000) NULL,
        [WordingVersion] int NOT NULL,
        [AnsweredByName] nvarchar(200) NOT NULL,
        [AnsweredAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SurveyAnswers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveyAnswers_ReturnSections_ReturnSectionId] FOREIGN KEY ([ReturnSectionId]) REFERENCES [ReturnSections] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SurveyAnswers_SurveyQuestions_QuestionId] FOREIGN KEY ([QuestionId]) REFERENCES [SurveyQuestions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_InterviewNotes_ReturnId] ON [InterviewNotes] ([ReturnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessages_DeduplicationKey] ON [OutboxMessages] ([DeduplicationKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_RecordKey] ON [OutboxMessages] ([RecordKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_SentAtUtc_NextAttemptAtUtc] ON [OutboxMessages] ([SentAtUtc], [NextAttemptAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_QuestionWordings_QuestionId] ON [QuestionWordings] ([QuestionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_RespondentUploads_SurveyId] ON [RespondentUploads] ([SurveyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_ReturnDelegates_PersonId] ON [ReturnDelegates] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReturnDelegates_ReturnId_PersonId] ON [ReturnDelegates] ([ReturnId], [PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_ReturnEvents_ReturnId] ON [ReturnEvents] ([ReturnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReturnSections_ReturnId_SectionId] ON [ReturnSections] ([ReturnId], [SectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_ReturnSections_SectionId] ON [ReturnSections] ([SectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyAnswers_QuestionId] ON [SurveyAnswers] ([QuestionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SurveyAnswers_ReturnSectionId_QuestionId] ON [SurveyAnswers] ([ReturnSectionId], [QuestionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyFlags_ImprovementActionId] ON [SurveyFlags] ([ImprovementActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyFlags_ImprovementAreaId] ON [SurveyFlags] ([ImprovementAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyFlags_SectionId] ON [SurveyFlags] ([SectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyFlags_SurveyId] ON [SurveyFlags] ([SurveyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyFlagSources_FlagId] ON [SurveyFlagSources] ([FlagId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyFlagSources_ReturnId] ON [SurveyFlagSources] ([ReturnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyQuestions_SectionId] ON [SurveyQuestions] ([SectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyReturns_SignatoryId] ON [SurveyReturns] ([SignatoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveyReturns_Status_Deadline] ON [SurveyReturns] ([Status], [Deadline]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SurveyReturns_SurveyId_SignatoryId] ON [SurveyReturns] ([SurveyId], [SignatoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_Surveys_CopiedFromId] ON [Surveys] ([CopiedFromId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Surveys_OrganisationId_Year] ON [Surveys] ([OrganisationId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveySections_GovernanceAreaId] ON [SurveySections] ([GovernanceAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    CREATE INDEX [IX_SurveySections_SurveyId] ON [SurveySections] ([SurveyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205094457_Surveys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205094457_Surveys', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_CALENDARS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [CALENDAR_NAME] nvarchar(200) NOT NULL,
        [CALENDAR] varbinary(max) NOT NULL,
        CONSTRAINT [PK_QRTZ_CALENDARS] PRIMARY KEY ([SCHED_NAME], [CALENDAR_NAME])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_EXECUTION_HISTORY] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [ENTRY_ID] nvarchar(140) NOT NULL,
        [ERROR_MESSAGE] nvarchar(1000) NULL,
        [EXECUTION_LOG] nvarchar(max) NULL,
        [FIRED_TIME] bigint NOT NULL,
        [FIRE_INSTANCE_ID] nvarchar(140) NULL,
        [INSTANCE_NAME] nvarchar(200) NOT NULL,
        [JOB_GROUP] nvarchar(150) NOT NULL,
        [JOB_INPUT] nvarchar(max) NULL,
        [JOB_INPUT_TOO_LARGE] bit NULL,
        [JOB_NAME] nvarchar(150) NOT NULL,
        [MANUAL] bit NULL,
        [METRICS] nvarchar(max) NULL,
        [RESULT] int NULL,
        [RETRY_ATTEMPT] int NOT NULL DEFAULT 0,
        [RETRY_SCHEDULED] bit NOT NULL DEFAULT CAST(0 AS bit),
        [RUN_TIME] bigint NOT NULL,
        [SUCCEEDED] bit NOT NULL,
        [SUMMARY] nvarchar(1000) NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        CONSTRAINT [PK_QRTZ_EXECUTION_HISTORY] PRIMARY KEY ([SCHED_NAME], [ENTRY_ID])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_FIRED_TRIGGERS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [ENTRY_ID] nvarchar(140) NOT NULL,
        [EXECUTION_GROUP] nvarchar(200) NULL,
        [FIRED_TIME] bigint NOT NULL,
        [INSTANCE_NAME] nvarchar(200) NOT NULL,
        [INTERRUPT_REQUESTED_TIME] bigint NULL,
        [IS_NONCONCURRENT] bit NULL,
        [JOB_GROUP] nvarchar(150) NULL,
        [JOB_NAME] nvarchar(150) NULL,
        [PRIORITY] int NOT NULL,
        [PROGRESS] int NULL,
        [PROGRESS_MESSAGE] nvarchar(250) NULL,
        [REQUESTS_RECOVERY] bit NULL,
        [SCHED_TIME] bigint NOT NULL,
        [STATE] nvarchar(16) NOT NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        CONSTRAINT [PK_QRTZ_FIRED_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [ENTRY_ID])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_JOB_DETAILS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [JOB_NAME] nvarchar(150) NOT NULL,
        [JOB_GROUP] nvarchar(150) NOT NULL,
        [DESCRIPTION] nvarchar(250) NULL,
        [IS_DURABLE] bit NOT NULL,
        [IS_NONCONCURRENT] bit NOT NULL,
        [IS_UPDATE_DATA] bit NOT NULL,
        [JOB_CLASS_NAME] nvarchar(250) NOT NULL,
        [JOB_DATA] varbinary(max) NULL,
        [REQUESTS_RECOVERY] bit NOT NULL,
        CONSTRAINT [PK_QRTZ_JOB_DETAILS] PRIMARY KEY ([SCHED_NAME], [JOB_NAME], [JOB_GROUP])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_JOB_STATUS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [JOB_GROUP] nvarchar(150) NOT NULL,
        [JOB_NAME] nvarchar(150) NOT NULL,
        [CONSECUTIVE_FAILURES] int NOT NULL DEFAULT 0,
        [FAILURE_COUNT] bigint NOT NULL DEFAULT CAST(0 AS bigint),
        [FIRST_FIRED_TIME] bigint NOT NULL,
        [LAST_ENTRY_ID] nvarchar(140) NULL,
        [LAST_FAILURE_MESSAGE] nvarchar(1000) NULL,
        [LAST_FAILURE_TIME] bigint NULL,
        [LAST_FIRED_TIME] bigint NOT NULL,
        [LAST_INSTANCE_NAME] nvarchar(200) NOT NULL,
        [LAST_RESULT] int NOT NULL,
        [LAST_RUN_TIME] bigint NOT NULL,
        [LAST_SUCCESS_TIME] bigint NULL,
        [LAST_SUMMARY] nvarchar(1000) NULL,
        [RUN_COUNT] bigint NOT NULL DEFAULT CAST(0 AS bigint),
        CONSTRAINT [PK_QRTZ_JOB_STATUS] PRIMARY KEY ([SCHED_NAME], [JOB_GROUP], [JOB_NAME])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_LOCKS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [LOCK_NAME] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_QRTZ_LOCKS] PRIMARY KEY ([SCHED_NAME], [LOCK_NAME])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_MISFIRE_HISTORY] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [ENTRY_ID] nvarchar(140) NOT NULL,
        [INSTANCE_NAME] nvarchar(200) NOT NULL,
        [JOB_GROUP] nvarchar(150) NULL,
        [JOB_NAME] nvarchar(150) NULL,
        [MISFIRE_TIME] bigint NOT NULL,
        [REASON] int NULL,
        [SCHED_TIME] bigint NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        CONSTRAINT [PK_QRTZ_MISFIRE_HISTORY] PRIMARY KEY ([SCHED_NAME], [ENTRY_ID])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_PAUSED_JOB_GRPS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [JOB_GROUP] nvarchar(150) NOT NULL,
        [PAUSED_AT] bigint NULL,
        [PAUSED_BY] nvarchar(200) NULL,
        [PAUSE_REASON] nvarchar(250) NULL,
        CONSTRAINT [PK_QRTZ_PAUSED_JOB_GRPS] PRIMARY KEY ([SCHED_NAME], [JOB_GROUP])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_PAUSED_TRIGGER_GRPS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [PAUSED_AT] bigint NULL,
        [PAUSED_BY] nvarchar(200) NULL,
        [PAUSE_REASON] nvarchar(250) NULL,
        CONSTRAINT [PK_QRTZ_PAUSED_TRIGGER_GRPS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_GROUP])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_SCHEDULER_STATE] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [INSTANCE_NAME] nvarchar(200) NOT NULL,
        [CHECKIN_INTERVAL] bigint NOT NULL,
        [LAST_CHECKIN_TIME] bigint NOT NULL,
        [QUARTZ_VERSION] nvarchar(20) NULL,
        CONSTRAINT [PK_QRTZ_SCHEDULER_STATE] PRIMARY KEY ([SCHED_NAME], [INSTANCE_NAME])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_TRIGGERS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [CALENDAR_NAME] nvarchar(200) NULL,
        [CONTINUATION_CONDITION] int NULL,
        [CONTINUES_TRIGGER_GROUP] nvarchar(150) NULL,
        [CONTINUES_TRIGGER_NAME] nvarchar(150) NULL,
        [DESCRIPTION] nvarchar(250) NULL,
        [END_TIME] bigint NULL,
        [EXECUTION_GROUP] nvarchar(200) NULL,
        [FIXED_DELAY] bit NULL,
        [JOB_DATA] varbinary(max) NULL,
        [JOB_GROUP] nvarchar(150) NOT NULL,
        [JOB_NAME] nvarchar(150) NOT NULL,
        [MISFIRE_INSTR] int NULL,
        [MISFIRE_ORIG_FIRE_TIME] bigint NULL,
        [MISFIRE_THRESHOLD] bigint NULL,
        [NEXT_FIRE_TIME] bigint NULL,
        [OVERLAP_POLICY] int NULL,
        [PAUSED_AT] bigint NULL,
        [PAUSED_BY] nvarchar(200) NULL,
        [PAUSE_REASON] nvarchar(250) NULL,
        [PREFERRED_NODE] nvarchar(200) NULL,
        [PREFERRED_NODE_AUTO] bit NOT NULL DEFAULT CAST(0 AS bit),
        [PREV_FIRE_TIME] bigint NULL,
        [PRIORITY] int NULL,
        [RETRY_ATTEMPT] int NULL,
        [RETRY_POLICY] nvarchar(250) NULL,
        [START_TIME] bigint NOT NULL,
        [TRIGGER_STATE] nvarchar(16) NOT NULL,
        [TRIGGER_TYPE] nvarchar(8) NOT NULL,
        CONSTRAINT [PK_QRTZ_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
        CONSTRAINT [FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS] FOREIGN KEY ([SCHED_NAME], [JOB_NAME], [JOB_GROUP]) REFERENCES [QRTZ_JOB_DETAILS] ([SCHED_NAME], [JOB_NAME], [JOB_GROUP])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_BLOB_TRIGGERS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [BLOB_DATA] varbinary(max) NULL,
        CONSTRAINT [PK_QRTZ_BLOB_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
        CONSTRAINT [FK_QRTZ_BLOB_TRIGGERS_QRTZ_TRIGGERS] FOREIGN KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) REFERENCES [QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_CRON_TRIGGERS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [CRON_EXPRESSION] nvarchar(250) NOT NULL,
        [TIME_ZONE_ID] nvarchar(80) NULL,
        CONSTRAINT [PK_QRTZ_CRON_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
        CONSTRAINT [FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS] FOREIGN KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) REFERENCES [QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_SIMPLE_TRIGGERS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [REPEAT_COUNT] bigint NOT NULL,
        [REPEAT_INTERVAL] bigint NOT NULL,
        [TIMES_TRIGGERED] bigint NOT NULL,
        CONSTRAINT [PK_QRTZ_SIMPLE_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
        CONSTRAINT [FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS] FOREIGN KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) REFERENCES [QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE TABLE [QRTZ_SIMPROP_TRIGGERS] (
        [SCHED_NAME] nvarchar(120) NOT NULL,
        [TRIGGER_NAME] nvarchar(150) NOT NULL,
        [TRIGGER_GROUP] nvarchar(150) NOT NULL,
        [BOOL_PROP_1] bit NULL,
        [BOOL_PROP_2] bit NULL,
        [DEC_PROP_1] numeric(13,4) NULL,
        [DEC_PROP_2] numeric(13,4) NULL,
        [INT_PROP_1] int NULL,
        [INT_PROP_2] int NULL,
        [LONG_PROP_1] bigint NULL,
        [LONG_PROP_2] bigint NULL,
        [STR_PROP_1] nvarchar(512) NULL,
        [STR_PROP_2] nvarchar(512) NULL,
        [STR_PROP_3] nvarchar(512) NULL,
        [TIME_ZONE_ID] nvarchar(80) NULL,
        CONSTRAINT [PK_QRTZ_SIMPROP_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
        CONSTRAINT [FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS] FOREIGN KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) REFERENCES [QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_EH_FIRE_INST] ON [QRTZ_EXECUTION_HISTORY] ([SCHED_NAME], [FIRE_INSTANCE_ID]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_EH_FIRED_TIME] ON [QRTZ_EXECUTION_HISTORY] ([SCHED_NAME], [FIRED_TIME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_EH_INST] ON [QRTZ_EXECUTION_HISTORY] ([SCHED_NAME], [INSTANCE_NAME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_EH_JOB_TIME] ON [QRTZ_EXECUTION_HISTORY] ([SCHED_NAME], [JOB_GROUP], [JOB_NAME], [FIRED_TIME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_EH_TRIG_TIME] ON [QRTZ_EXECUTION_HISTORY] ([SCHED_NAME], [TRIGGER_GROUP], [TRIGGER_NAME], [FIRED_TIME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_FT_INST_JOB_REQ_RCVRY] ON [QRTZ_FIRED_TRIGGERS] ([SCHED_NAME], [INSTANCE_NAME], [REQUESTS_RECOVERY]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_FT_J_G] ON [QRTZ_FIRED_TRIGGERS] ([SCHED_NAME], [JOB_NAME], [JOB_GROUP]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_FT_T_G] ON [QRTZ_FIRED_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_J_G_N] ON [QRTZ_JOB_DETAILS] ([SCHED_NAME], [JOB_GROUP], [JOB_NAME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_MH_INST] ON [QRTZ_MISFIRE_HISTORY] ([SCHED_NAME], [INSTANCE_NAME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_MH_MISFIRE_TIME] ON [QRTZ_MISFIRE_HISTORY] ([SCHED_NAME], [MISFIRE_TIME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_T_C] ON [QRTZ_TRIGGERS] ([SCHED_NAME], [CALENDAR_NAME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_T_G_N] ON [QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_GROUP], [TRIGGER_NAME]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_T_J] ON [QRTZ_TRIGGERS] ([SCHED_NAME], [JOB_NAME], [JOB_GROUP]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    CREATE INDEX [IDX_QRTZ_T_NFT_ST] ON [QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_STATE], [NEXT_FIRE_TIME], [PRIORITY] DESC, [MISFIRE_INSTR]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205095827_Scheduler'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205095827_Scheduler', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [AuditOpinions] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Year] int NOT NULL,
        [Level] nvarchar(40) NOT NULL,
        [Opinion] nvarchar(4000) NOT NULL,
        [GivenBy] nvarchar(200) NOT NULL,
        [GivenOn] date NULL,
        [Basis] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AuditOpinions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AuditOpinions_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [GlossaryEntries] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Acronym] nvarchar(20) NOT NULL,
        [Definition] nvarchar(500) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_GlossaryEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_GlossaryEntries_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [Papers] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Year] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Subtitle] nvarchar(500) NULL,
        [ProtectiveMarking] nvarchar(200) NULL,
        [MeetingName] nvarchar(200) NULL,
        [MeetingDate] date NULL,
        [ReportBy] nvarchar(200) NULL,
        [ImprovementPlanId] int NULL,
        [PreviousReportOn] date NULL,
        [Status] nvarchar(40) NOT NULL,
        [Revision] int NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedByName] nvarchar(200) NOT NULL,
        [ApprovedAtUtc] datetime2 NULL,
        [ApprovedByName] nvarchar(200) NULL,
        [PublishedAtUtc] datetime2 NULL,
        [PublishedByName] nvarchar(200) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Papers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Papers_ImprovementPlans_ImprovementPlanId] FOREIGN KEY ([ImprovementPlanId]) REFERENCES [ImprovementPlans] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Papers_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [PaperTemplates] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PaperTemplates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperTemplates_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [AuditRecommendations] (
        [Id] int NOT NULL IDENTITY,
        [OpinionId] int NOT NULL,
        [Number] nvarchar(20) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [Priority] nvarchar(40) NOT NULL,
        [ManagementResponse] nvarchar(4000) NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_AuditRecommendations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AuditRecommendations_AuditOpinions_OpinionId] FOREIGN KEY ([OpinionId]) REFERENCES [AuditOpinions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [PaperAppendices] (
        [Id] int NOT NULL IDENTITY,
        [CoverPaperId] int NOT NULL,
        [AppendedPaperId] int NOT NULL,
        [Label] nvarchar(20) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_PaperAppendices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperAppendices_Papers_AppendedPaperId] FOREIGN KEY ([AppendedPaperId]) REFERENCES [Papers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PaperAppendices_Papers_CoverPaperId] FOREIGN KEY ([CoverPaperId]) REFERENCES [Papers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [PaperControlEntries] (
        [Id] int NOT NULL IDENTITY,
        [PaperId] int NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [Value] nvarchar(4000) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_PaperControlEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperControlEntries_Papers_PaperId] FOREIGN KEY ([PaperId]) REFERENCES [Papers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [PaperSections] (
        [Id] int NOT NULL IDENTITY,
        [PaperId] int NOT NULL,
        [Code] nvarchar(10) NULL,
        [Heading] nvarchar(500) NOT NULL,
        [Content] nvarchar(40) NOT NULL,
        [Elements] int NOT NULL,
        [NumberParagraphs] bit NOT NULL,
        [SortOrder] int NOT NULL,
        [Text] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PaperSections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperSections_Papers_PaperId] FOREIGN KEY ([PaperId]) REFERENCES [Papers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [PaperSignatories] (
        [Id] int NOT NULL IDENTITY,
        [PaperId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Role] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        [SignedOn] date NULL,
        [RecordedByName] nvarchar(200) NULL,
        [RecordedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_PaperSignatories] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperSignatories_Papers_PaperId] FOREIGN KEY ([PaperId]) REFERENCES [Papers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [PaperVersions] (
        [Id] int NOT NULL IDENTITY,
        [PaperId] int NOT NULL,
        [Number] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Change] nvarchar(500) NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [SavedAtUtc] datetime2 NOT NULL,
        [SavedByName] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_PaperVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperVersions_Papers_PaperId] FOREIGN KEY ([PaperId]) REFERENCES [Papers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [TemplateSections] (
        [Id] int NOT NULL IDENTITY,
        [TemplateId] int NOT NULL,
        [Code] nvarchar(10) NULL,
        [Heading] nvarchar(500) NOT NULL,
        [Content] nvarchar(40) NOT NULL,
        [Elements] int NOT NULL,
        [NumberParagraphs] bit NOT NULL,
        [SortOrder] int NOT NULL,
        [DefaultText] nvarchar(max) NULL,
        CONSTRAINT [PK_TemplateSections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TemplateSections_PaperTemplates_TemplateId] FOREIGN KEY ([TemplateId]) REFERENCES [PaperTemplates] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE TABLE [PaperComments] (
        [Id] int NOT NULL IDENTITY,
        [PaperId] int NOT NULL,
        [SectionId] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [AuthorUserId] nvarchar(450) NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [Revision] int NOT NULL,
        [ResolvedAtUtc] datetime2 NULL,
        [ResolvedByName] nvarchar(200) NULL,
        CONSTRAINT [PK_PaperComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperComments_PaperSections_SectionId] FOREIGN KEY ([SectionId]) REFERENCES [PaperSections] ([Id]),
        CONSTRAINT [FK_PaperComments_Papers_PaperId] FOREIGN KEY ([PaperId]) REFERENCES [Papers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AuditOpinions_OrganisationId_Year] ON [AuditOpinions] ([OrganisationId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_AuditRecommendations_OpinionId] ON [AuditRecommendations] ([OpinionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_GlossaryEntries_OrganisationId_Acronym] ON [GlossaryEntries] ([OrganisationId], [Acronym]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_PaperAppendices_AppendedPaperId] ON [PaperAppendices] ([AppendedPaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PaperAppendices_CoverPaperId_AppendedPaperId] ON [PaperAppendices] ([CoverPaperId], [AppendedPaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_PaperComments_PaperId] ON [PaperComments] ([PaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_PaperComments_SectionId] ON [PaperComments] ([SectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_PaperControlEntries_PaperId] ON [PaperControlEntries] ([PaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_Papers_ImprovementPlanId] ON [Papers] ([ImprovementPlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_Papers_OrganisationId_Kind_Year] ON [Papers] ([OrganisationId], [Kind], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_PaperSections_PaperId] ON [PaperSections] ([PaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_PaperSignatories_PaperId] ON [PaperSignatories] ([PaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PaperTemplates_OrganisationId_Kind] ON [PaperTemplates] ([OrganisationId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PaperVersions_PaperId_Number] ON [PaperVersions] ([PaperId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    CREATE INDEX [IX_TemplateSections_TemplateId] ON [TemplateSections] ([TemplateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205120912_Papers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205120912_Papers', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205134817_OnePaperPerYear'
)
BEGIN
    ALTER TABLE [Papers] ADD [AnnualKey] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205134817_OnePaperPerYear'
)
BEGIN
    UPDATE "Papers" SET "AnnualKey" = "Kind" WHERE "Kind" IN ('AnnualGovernanceStatement', 'CodeOfGovernance')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205134817_OnePaperPerYear'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Papers_OrganisationId_Year_AnnualKey] ON [Papers] ([OrganisationId], [Year], [AnnualKey]) WHERE [AnnualKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205134817_OnePaperPerYear'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205134817_OnePaperPerYear', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ImportBatches]') AND [c].[name] = N'PlanId');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [ImportBatches] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [ImportBatches] ALTER COLUMN [PlanId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    ALTER TABLE [ImportBatches] ADD [Kind] nvarchar(40) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [AuditPanels] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [TermsOfReference] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AuditPanels] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [RecommendationSources] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        [IsArchived] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RecommendationSources] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecommendationSources_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [RecommendationThemes] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        [IsArchived] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RecommendationThemes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecommendationThemes_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PanelMeetings] (
        [Id] int NOT NULL IDENTITY,
        [PanelId] int NOT NULL,
        [Date] date NOT NULL,
        [StartsAt] time NULL,
        [Location] nvarchar(200) NULL,
        [IsOnline] bit NOT NULL,
        [NextMeetingOn] date NULL,
        [Status] nvarchar(40) NOT NULL,
        [HeldRecordedAtUtc] datetime2 NULL,
        [HeldRecordedByName] nvarchar(200) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PanelMeetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelMeetings_AuditPanels_PanelId] FOREIGN KEY ([PanelId]) REFERENCES [AuditPanels] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PanelMembers] (
        [Id] int NOT NULL IDENTITY,
        [PanelId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [AppointedOn] date NULL,
        [TermEndsOn] date NULL,
        [UserId] nvarchar(450) NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_PanelMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelMembers_AuditPanels_PanelId] FOREIGN KEY ([PanelId]) REFERENCES [AuditPanels] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PanelOrganisations] (
        [Id] int NOT NULL IDENTITY,
        [PanelId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        CONSTRAINT [PK_PanelOrganisations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelOrganisations_AuditPanels_PanelId] FOREIGN KEY ([PanelId]) REFERENCES [AuditPanels] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PanelOrganisations_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [SourceReports] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [SourceId] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [PublishedOn] date NULL,
        [Reference] nvarchar(200) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SourceReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SourceReports_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SourceReports_RecommendationSources_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [RecommendationSources] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [MeetingAttendees] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Role] nvarchar(200) NOT NULL,
        [Attendance] nvarchar(40) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_MeetingAttendees] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingAttendees_PanelMeetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PanelActions] (
        [Id] int NOT NULL IDENTITY,
        [PanelId] int NOT NULL,
        [Number] int NOT NULL,
        [RaisedAtMeetingId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [Request] nvarchar(4000) NOT NULL,
        [Owner] nvarchar(200) NOT NULL,
        [DueMeetingId] int NULL,
        [Status] nvarchar(40) NOT NULL,
        [Response] nvarchar(4000) NULL,
        [RespondedAtUtc] datetime2 NULL,
        [RespondedByName] nvarchar(200) NULL,
        [ClosedAtUtc] datetime2 NULL,
        [ClosedByName] nvarchar(200) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PanelActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelActions_AuditPanels_PanelId] FOREIGN KEY ([PanelId]) REFERENCES [AuditPanels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelActions_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelActions_PanelMeetings_DueMeetingId] FOREIGN KEY ([DueMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelActions_PanelMeetings_RaisedAtMeetingId] FOREIGN KEY ([RaisedAtMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PanelSnapshots] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [MeetingId] int NOT NULL,
        [AsAt] date NOT NULL,
        [TakenAtUtc] datetime2 NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_PanelSnapshots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelSnapshots_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelSnapshots_PanelMeetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [Recommendations] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [ReportId] int NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [Priority] nvarchar(40) NULL,
        [ThemeId] int NULL,
        [DeliveryRoute] nvarchar(40) NULL,
        [DeliveryDetail] nvarchar(200) NULL,
        [OwnerId] int NULL,
        [OwnerText] nvarchar(200) NULL,
        [OriginalDueDate] date NULL,
        [DueDate] date NULL,
        [Status] nvarchar(40) NOT NULL,
        [RaisedAtUtc] datetime2 NOT NULL,
        [RaisedByName] nvarchar(200) NOT NULL,
        [ClosureEvidence] nvarchar(4000) NULL,
        [ProposedByUserId] nvarchar(450) NULL,
        [ProposedByName] nvarchar(200) NULL,
        [ProposedAtUtc] datetime2 NULL,
        [ClosedOn] date NULL,
        [ClosedByName] nvarchar(200) NULL,
        [ApprovingBody] nvarchar(200) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Recommendations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Recommendations_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Recommendations_People_OwnerId] FOREIGN KEY ([OwnerId]) REFERENCES [People] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_Recommendations_RecommendationThemes_ThemeId] FOREIGN KEY ([ThemeId]) REFERENCES [RecommendationThemes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Recommendations_SourceReports_ReportId] FOREIGN KEY ([ReportId]) REFERENCES [SourceReports] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PanelPublications] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [PaperId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [PaperKind] nvarchar(40) NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Sequence] int NOT NULL,
        [Edition] int NOT NULL,
        [CorrectsId] int NULL,
        [Reason] nvarchar(4000) NULL,
        [SnapshotId] int NOT NULL,
        [PublishedAtUtc] datetime2 NOT NULL,
        [PublishedByName] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_PanelPublications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelPublications_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelPublications_PanelMeetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelPublications_PanelPublications_CorrectsId] FOREIGN KEY ([CorrectsId]) REFERENCES [PanelPublications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelPublications_PanelSnapshots_SnapshotId] FOREIGN KEY ([SnapshotId]) REFERENCES [PanelSnapshots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelPublications_Papers_PaperId] FOREIGN KEY ([PaperId]) REFERENCES [Papers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [RecommendationActionLinks] (
        [Id] int NOT NULL IDENTITY,
        [RecommendationId] int NOT NULL,
        [ActionId] int NOT NULL,
        CONSTRAINT [PK_RecommendationActionLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecommendationActionLinks_ImprovementActions_ActionId] FOREIGN KEY ([ActionId]) REFERENCES [ImprovementActions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_RecommendationActionLinks_Recommendations_RecommendationId] FOREIGN KEY ([RecommendationId]) REFERENCES [Recommendations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [RecommendationEvents] (
        [Id] int NOT NULL IDENTITY,
        [RecommendationId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Text] nvarchar(4000) NULL,
        [FromStatus] nvarchar(40) NULL,
        [ToStatus] nvarchar(40) NOT NULL,
        [ByUserId] nvarchar(450) NULL,
        [ByName] nvarchar(200) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_RecommendationEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecommendationEvents_Recommendations_RecommendationId] FOREIGN KEY ([RecommendationId]) REFERENCES [Recommendations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [AgendaItems] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Number] nvarchar(20) NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [PresentingOrganisationId] int NULL,
        [PresentingOfficer] nvarchar(200) NULL,
        [PublicationId] int NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_AgendaItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgendaItems_Organisations_PresentingOrganisationId] FOREIGN KEY ([PresentingOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AgendaItems_PanelMeetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AgendaItems_PanelPublications_PublicationId] FOREIGN KEY ([PublicationId]) REFERENCES [PanelPublications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PaperQuestions] (
        [Id] int NOT NULL IDENTITY,
        [PublicationId] int NOT NULL,
        [PaperId] int NOT NULL,
        [MeetingId] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [AskedByUserId] nvarchar(450) NULL,
        [AskedByName] nvarchar(200) NOT NULL,
        [AskedAtUtc] datetime2 NOT NULL,
        [Answer] nvarchar(4000) NULL,
        [AnsweredByName] nvarchar(200) NULL,
        [AnsweredAtUtc] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PaperQuestions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaperQuestions_PanelMeetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PaperQuestions_PanelPublications_PublicationId] FOREIGN KEY ([PublicationId]) REFERENCES [PanelPublications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PaperQuestions_Papers_PaperId] FOREIGN KEY ([PaperId]) REFERENCES [Papers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE TABLE [PublishedFiles] (
        [Id] int NOT NULL IDENTITY,
        [PublicationId] int NOT NULL,
        [Format] nvarchar(40) NOT NULL,
        [FileName] nvarchar(260) NOT NULL,
        [ContentType] nvarchar(200) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [Length] bigint NOT NULL,
        CONSTRAINT [PK_PublishedFiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PublishedFiles_PanelPublications_PublicationId] FOREIGN KEY ([PublicationId]) REFERENCES [PanelPublications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_MeetingId] ON [AgendaItems] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_PresentingOrganisationId] ON [AgendaItems] ([PresentingOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_PublicationId] ON [AgendaItems] ([PublicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendees_MeetingId] ON [MeetingAttendees] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelActions_DueMeetingId] ON [PanelActions] ([DueMeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelActions_OrganisationId] ON [PanelActions] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PanelActions_PanelId_Number] ON [PanelActions] ([PanelId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelActions_RaisedAtMeetingId] ON [PanelActions] ([RaisedAtMeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelMeetings_PanelId_Date] ON [PanelMeetings] ([PanelId], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelMembers_PanelId] ON [PanelMembers] ([PanelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelOrganisations_OrganisationId] ON [PanelOrganisations] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PanelOrganisations_PanelId_OrganisationId] ON [PanelOrganisations] ([PanelId], [OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelPublications_CorrectsId] ON [PanelPublications] ([CorrectsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PanelPublications_MeetingId_Sequence_Edition] ON [PanelPublications] ([MeetingId], [Sequence], [Edition]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelPublications_OrganisationId] ON [PanelPublications] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelPublications_PaperId] ON [PanelPublications] ([PaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelPublications_SnapshotId] ON [PanelPublications] ([SnapshotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelSnapshots_MeetingId] ON [PanelSnapshots] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PanelSnapshots_OrganisationId_MeetingId] ON [PanelSnapshots] ([OrganisationId], [MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PaperQuestions_MeetingId] ON [PaperQuestions] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PaperQuestions_PaperId] ON [PaperQuestions] ([PaperId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_PaperQuestions_PublicationId] ON [PaperQuestions] ([PublicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PublishedFiles_PublicationId_Format] ON [PublishedFiles] ([PublicationId], [Format]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_RecommendationActionLinks_ActionId] ON [RecommendationActionLinks] ([ActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RecommendationActionLinks_RecommendationId_ActionId] ON [RecommendationActionLinks] ([RecommendationId], [ActionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_RecommendationEvents_RecommendationId] ON [RecommendationEvents] ([RecommendationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_Recommendations_OrganisationId_Status] ON [Recommendations] ([OrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_Recommendations_OwnerId] ON [Recommendations] ([OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Recommendations_ReportId_Reference] ON [Recommendations] ([ReportId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_Recommendations_ThemeId] ON [Recommendations] ([ThemeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RecommendationSources_OrganisationId_Name] ON [RecommendationSources] ([OrganisationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RecommendationThemes_OrganisationId_Name] ON [RecommendationThemes] ([OrganisationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_SourceReports_OrganisationId_SourceId] ON [SourceReports] ([OrganisationId], [SourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    CREATE INDEX [IX_SourceReports_SourceId] ON [SourceReports] ([SourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142416_PanelAndRecommendations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205142416_PanelAndRecommendations', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205164040_SessionsAndKeys'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [RequiresSso] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205164040_SessionsAndKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205164040_SessionsAndKeys'
)
BEGIN
    CREATE TABLE [UserSessions] (
        [Id] nvarchar(43) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [RenewedAtUtc] datetime2 NOT NULL,
        [LastSeenAtUtc] datetime2 NOT NULL,
        [ExpiresAtUtc] datetime2 NOT NULL,
        [EndedAtUtc] datetime2 NULL,
        [EndReason] nvarchar(200) NULL,
        [Client] nvarchar(200) NULL,
        [IpAddress] nvarchar(64) NULL,
        [Method] nvarchar(20) NOT NULL,
        CONSTRAINT [PK_UserSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_UserSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205164040_SessionsAndKeys'
)
BEGIN
    CREATE INDEX [IX_UserSessions_ExpiresAtUtc] ON [UserSessions] ([ExpiresAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205164040_SessionsAndKeys'
)
BEGIN
    CREATE INDEX [IX_UserSessions_UserId] ON [UserSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205164040_SessionsAndKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205164040_SessionsAndKeys', N'10.0.14');
END;

COMMIT;
GO

