// patron-cli commands that create, describe, check, protect and restore the store itself.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"

#include "auth/Permissions.h"
#include "auth/PinHasher.h"
#include "store/Backup.h"
#include "store/BackupRestore.h"
#include "store/Migrations.h"
#include "store/StoreCompaction.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// Parses args into p, or returns the usage exit code through `exit`.
bool parseOrUsage(CliContext& ctx, ArgParser& p, const QStringList& args, int* exit)
{
    if (!p.parse(args)) {
        *exit = ctx.usage(p.error());
        return false;
    }
    return true;
}

int cmdInit(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("store-name")).option(QStringLiteral("store-code")).option(QStringLiteral("till-code"))
        .option(QStringLiteral("currency")).option(QStringLiteral("admin-pin")).option(QStringLiteral("admin-name"));
    int exit = 0;
    if (!parseOrUsage(ctx, p, args, &exit))
        return exit;
    for (const char* required : {"store-name", "store-code", "till-code", "admin-pin"})
        if (!p.has(QString::fromLatin1(required)))
            return ctx.usage(CliTr::tr("init needs --%1.").arg(QString::fromLatin1(required)));
    auto pass = ctx.passphrase();
    if (!pass)
        return ctx.fail(pass.error());
    StoreIdentity id;
    id.storeName = p.value(QStringLiteral("store-name"));
    id.storeCode = p.value(QStringLiteral("store-code"));
    id.tillCode = p.value(QStringLiteral("till-code"));
    id.currency = p.value(QStringLiteral("currency"), QStringLiteral("CNY"));
    const QString adminName = p.value(QStringLiteral("admin-name"), QStringLiteral("admin"));
    // Check the PIN before anything is created, so a bad PIN leaves no half-made store behind.
    if (auto pin = normalizePin(p.value(QStringLiteral("admin-pin"))); !pin)
        return ctx.fail(pin.error());
    auto store = Store::create(ctx.dataDir, id, *pass);
    wipe(*pass);
    if (!store)
        return ctx.fail(store.error());
    ctx.adoptStore(std::move(*store));
    auto admin = ctx.users().bootstrapAdmin(adminName, p.value(QStringLiteral("admin-pin")));
    if (!admin)
        return ctx.fail(admin.error());
    auto audited = guarded([&] {
        Transaction tx(ctx.store()->db());
        ctx.audit().append(adminName, QStringLiteral("store.init"), id.storeCode,
                           {{QStringLiteral("till_code"), id.tillCode}});
        ctx.outbox().append(QStringLiteral("store.initialized"), 1,
                            {{QStringLiteral("store_uuid"), ctx.store()->identity().storeUuid},
                             {QStringLiteral("store_code"), id.storeCode},
                             {QStringLiteral("store_name"), id.storeName},
                             {QStringLiteral("till_code"), id.tillCode},
                             {QStringLiteral("currency"), id.currency}});
        tx.commit();
    });
    if (!audited)
        return ctx.fail(audited.error());
    const auto& ident = ctx.store()->identity();
    return ctx.ok({{QStringLiteral("data_dir"), ctx.store()->paths().dir},
                   {QStringLiteral("store_uuid"), ident.storeUuid},
                   {QStringLiteral("store_code"), ident.storeCode},
                   {QStringLiteral("till_code"), ident.tillCode},
                   {QStringLiteral("currency"), ident.currency},
                   {QStringLiteral("admin_user"), adminName},
                   {QStringLiteral("schema_version"), latestSchemaVersion()}},
                  CliTr::tr("Created store %1 (%2), till %3, in %4. Administrator: %5.")
                      .arg(ident.storeName, ident.storeCode, ident.tillCode, ctx.store()->paths().dir, adminName));
}

int cmdInfo(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    int exit = 0;
    if (!parseOrUsage(ctx, p, args, &exit))
        return exit;
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    Store& store = **opened;
    Database& db = store.db();
    auto info = guarded([&] {
        QJsonObject counts;
        QStringList tables;
        Statement t = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (t.step())
            tables << t.text(0);
        for (const QString& table : tables) {
            const QByteArray sql = "SELECT count(*) FROM \"" + table.toUtf8() + "\"";
            counts.insert(table, db.queryInt64(sql.constData()).value_or(0));
        }
        QJsonObject cipher{{QStringLiteral("version"), db.queryText("PRAGMA cipher_version").value_or(QString())},
                           {QStringLiteral("page_size"), db.queryInt64("PRAGMA cipher_page_size").value_or(0)},
                           {QStringLiteral("use_hmac"), db.queryInt64("PRAGMA cipher_use_hmac").value_or(0) != 0},
                           {QStringLiteral("key"), QStringLiteral("raw 256-bit")},
                           {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                           {QStringLiteral("kdf_opslimit"), qint64(store.vault().profile().opslimit)},
                           {QStringLiteral("kdf_memlimit"), qint64(store.vault().profile().memlimit)}};
        const auto& id = store.identity();
        return QJsonObject{{QStringLiteral("data_dir"), store.paths().dir},
                           {QStringLiteral("schema_version"), qint64(schemaVersion(db))},
                           {QStringLiteral("latest_schema_version"), latestSchemaVersion()},
                           {QStringLiteral("store_uuid"), id.storeUuid},
                           {QStringLiteral("store_name"), id.storeName},
                           {QStringLiteral("store_code"), id.storeCode},
                           {QStringLiteral("till_code"), id.tillCode},
                           {QStringLiteral("currency"), id.currency},
                           {QStringLiteral("receipt_epoch"), store.receiptEpoch()},
                           {QStringLiteral("journal_mode"), db.queryText("PRAGMA journal_mode").value_or(QString())},
                           {QStringLiteral("cipher"), cipher},
                           {QStringLiteral("row_counts"), counts}};
    });
    if (!info)
        return ctx.fail(info.error());
    const QJsonObject& o = *info;
    QString text = CliTr::tr("Store %1 (%2), till %3, currency %4\nData folder: %5\nSchema version: %6 (this program: %7)\n"
                          "Receipt epoch: %8\nCipher: SQLCipher %9, %10-byte pages, HMAC %11\nRows:")
                       .arg(o[QStringLiteral("store_name")].toString(), o[QStringLiteral("store_code")].toString(),
                            o[QStringLiteral("till_code")].toString(), o[QStringLiteral("currency")].toString(),
                            o[QStringLiteral("data_dir")].toString())
                       .arg(o[QStringLiteral("schema_version")].toInteger())
                       .arg(latestSchemaVersion())
                       .arg(o[QStringLiteral("receipt_epoch")].toInteger())
                       .arg(o[QStringLiteral("cipher")][QStringLiteral("version")].toString())
                       .arg(o[QStringLiteral("cipher")][QStringLiteral("page_size")].toInteger())
                       .arg(o[QStringLiteral("cipher")][QStringLiteral("use_hmac")].toBool() ? CliTr::tr("on") : CliTr::tr("off"));
    const QJsonObject counts = o[QStringLiteral("row_counts")].toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        text += QStringLiteral("\n  %1: %2").arg(it.key()).arg(it.value().toInteger());
    return ctx.ok(o, text);
}

int cmdVerify(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    int exit = 0;
    if (!parseOrUsage(ctx, p, args, &exit))
        return exit;
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    auto checked = guarded([&] {
        const QString integrity = ctx.store()->db().integrityCheck();
        const AuditVerification audit = ctx.audit().verify();
        return std::make_pair(integrity, audit);
    });
    if (!checked)
        return ctx.fail(checked.error());
    const auto& [integrity, audit] = *checked;
    const QJsonObject o{{QStringLiteral("integrity"), integrity},
                        {QStringLiteral("audit"),
                         QJsonObject{{QStringLiteral("ok"), audit.ok},
                                     {QStringLiteral("records"), audit.records},
                                     {QStringLiteral("first_broken_id"), audit.firstBrokenId},
                                     {QStringLiteral("problem"), audit.problem}}},
                        {QStringLiteral("ok"), integrity == u"ok" && audit.ok}};
    if (integrity != u"ok")
        return ctx.fail({ErrorCode::StoreDamaged, CliTr::tr("The store failed its integrity check: %1").arg(integrity.left(500))});
    if (!audit.ok)
        return ctx.fail({ErrorCode::StoreDamaged, CliTr::tr("The audit chain is broken: %1").arg(audit.problem)});
    return ctx.ok(o, CliTr::tr("Store integrity: ok. Audit chain: %n record(s), intact.", nullptr, int(audit.records)));
}

int cmdPassphraseChange(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("new-passphrase-file"));
    int exit = 0;
    if (!parseOrUsage(ctx, p, args, &exit))
        return exit;
    QByteArray fresh = qgetenv("PATRON_NEW_PASSPHRASE");
    if (fresh.isEmpty() && p.has(QStringLiteral("new-passphrase-file"))) {
        QFile f(p.value(QStringLiteral("new-passphrase-file")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail({ErrorCode::InvalidInput, CliTr::tr("The new passphrase file cannot be read: %1").arg(f.errorString())});
        fresh = f.readAll();
        while (fresh.endsWith('\n') || fresh.endsWith('\r'))
            fresh.chop(1);
    }
    if (fresh.isEmpty())
        return ctx.usage(CliTr::tr("passphrase change needs the new passphrase in PATRON_NEW_PASSPHRASE or --new-passphrase-file."));
    auto old = ctx.passphrase();
    if (!old)
        return ctx.fail(old.error());
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (!session->can(perm::SettingsEdit))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("Changing the recovery passphrase needs an administrator.")});
    auto changed = ctx.store()->changePassphrase(*old, fresh);
    wipe(*old);
    wipe(fresh);
    if (!changed)
        return ctx.fail(changed.error());
    auto audited = guarded([&] {
        Transaction tx(ctx.store()->db());
        ctx.audit().append(session->userName, QStringLiteral("store.passphrase_changed"), ctx.store()->identity().storeCode);
        tx.commit();
    });
    if (!audited)
        return ctx.fail(audited.error());
    return ctx.ok({{QStringLiteral("changed"), true}},
                  CliTr::tr("The recovery passphrase was changed. Backups made before keep their old passphrase."));
}

int cmdCompact(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    int exit = 0;
    if (!parseOrUsage(ctx, p, args, &exit))
        return exit;
    auto opened = ctx.openStore();  // holds the store lock: the till must be closed
    if (!opened)
        return ctx.fail(opened.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (!session->can(perm::SettingsEdit))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("Compacting the store needs an administrator.")});
    auto compacted = compactStore(*ctx.store());
    if (!compacted)
        return ctx.fail(compacted.error());
    const QJsonObject o{{QStringLiteral("bytes_before"), compacted->bytesBefore},
                        {QStringLiteral("bytes_after"), compacted->bytesAfter},
                        {QStringLiteral("free_pages_before"), compacted->freePagesBefore},
                        {QStringLiteral("ms"), compacted->ms}};
    auto audited = guarded([&] {
        Transaction tx(ctx.store()->db());
        ctx.audit().append(session->userName, QStringLiteral("store.compacted"), ctx.store()->identity().storeCode, o);
        tx.commit();
    });
    if (!audited)
        return ctx.fail(audited.error());
    return ctx.ok(o, CliTr::tr("The store was compacted in %1 s: %2 MB before, %3 MB now.")
                         .arg(double(compacted->ms) / 1000.0, 0, 'f', 1)
                         .arg(double(compacted->bytesBefore) / 1e6, 0, 'f', 1)
                         .arg(double(compacted->bytesAfter) / 1e6, 0, 'f', 1));
}

int cmdBackup(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    int exit = 0;
    if (!parseOrUsage(ctx, p, args, &exit))
        return exit;
    if (p.positionals().size() != 1)
        return ctx.usage(CliTr::tr("backup needs exactly one target FILE."));
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (!session->can(perm::BackupRun))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("%1 may not make backups.").arg(session->userName)});
    auto info = backupStore(**opened, p.positionals().first());
    if (!info)
        return ctx.fail(info.error());
    auto audited = guarded([&] {
        Transaction tx(ctx.store()->db());
        ctx.audit().append(session->userName, QStringLiteral("store.backup"), info->file,
                           {{QStringLiteral("sha256"), info->sha256}, {QStringLiteral("bytes"), info->bytes}});
        tx.commit();
    });
    if (!audited)
        return ctx.fail(audited.error());
    return ctx.ok({{QStringLiteral("file"), info->file},
                   {QStringLiteral("bytes"), info->bytes},
                   {QStringLiteral("sha256"), info->sha256},
                   {QStringLiteral("schema_version"), info->schemaVersion},
                   {QStringLiteral("store_uuid"), info->storeUuid}},
                  CliTr::tr("Backup written and verified: %1 (%2 bytes).").arg(info->file).arg(info->bytes));
}

// A joined till's events not yet at head office would stay behind in the safety copy: head office
// brings back only what it holds. Checked when the live store opens (it may be the damaged one
// being replaced; then nothing can be sent anyway, and the restore goes on).
std::optional<int> refuseOverUnsentEvents(CliContext& ctx)
{
    auto live = ctx.openStore();
    if (!live)
        return std::nullopt;
    StoreSettings settings((*live)->db(), *ctx.clock);
    const qint64 unsent = SyncConfig(settings).connectInfo() ? ctx.outbox().pendingCount() : 0;
    ctx.closeStore();
    if (unsent == 0)
        return std::nullopt;
    return ctx.fail({ErrorCode::Refused,
                     CliTr::tr("%n change(s) made on this till have not reached head office yet; a restore now would "
                               "lose them. Run \"patron-cli sync once\" first, or add --discard-unsent.",
                               nullptr, int(unsent))});
}

int cmdRestore(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.flag(QStringLiteral("discard-unsent"));
    int exit = 0;
    if (!parseOrUsage(ctx, p, args, &exit))
        return exit;
    if (p.positionals().size() != 1)
        return ctx.usage(CliTr::tr("restore needs exactly one backup FILE."));
    if (!p.has(QStringLiteral("discard-unsent")))
        if (auto refused = refuseOverUnsentEvents(ctx))
            return *refused;
    auto pass = ctx.passphrase();
    if (!pass)
        return ctx.fail(pass.error());
    const QString actor = ctx.userName.isEmpty() ? qEnvironmentVariable("PATRON_USER", QStringLiteral("patron-cli")) : ctx.userName;
    auto restored = restoreAndReopen(ctx.dataDir, p.positionals().first(), *pass, actor, *ctx.clock, StoreOpenOptions());
    wipe(*pass);
    if (!restored)
        return ctx.fail(restored.error());
    const RestoreInfo* info = &restored->info;
    ctx.adoptStore(std::move(restored->store));
    return ctx.ok({{QStringLiteral("restored"), true},
                   {QStringLiteral("schema_version"), info->schemaVersion},
                   {QStringLiteral("receipt_epoch"), info->newReceiptEpoch},
                   {QStringLiteral("store_uuid"), info->storeUuid},
                   {QStringLiteral("safety_copy"), info->safetyCopy}},
                  info->safetyCopy.isEmpty()
                      ? CliTr::tr("Restored. Receipt numbers continue in epoch %1.").arg(info->newReceiptEpoch)
                      : CliTr::tr("Restored. Receipt numbers continue in epoch %1. The replaced store is kept as %2.")
                            .arg(info->newReceiptEpoch)
                            .arg(info->safetyCopy));
}

} // namespace

std::vector<Command> storeCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("--store-name NAME --store-code CODE --till-code CODE [--currency CNY] --admin-pin PIN [--admin-name NAME]"),
         CliTr::tr("Create a new encrypted store and its administrator"), cmdInit},
        {QStringLiteral("info"), QString(), CliTr::tr("Show schema version, store and till codes, cipher settings, row counts"), cmdInfo},
        {QStringLiteral("verify"), QString(), CliTr::tr("Check the store's integrity and the audit chain"), cmdVerify},
        {QStringLiteral("passphrase change"), QStringLiteral("[--new-passphrase-file FILE]"),
         CliTr::tr("Change the recovery passphrase (rewraps the key; the store is not re-encrypted)"), cmdPassphraseChange},
        {QStringLiteral("compact"), QString(), CliTr::tr("Rewrite the store without its free pages (the till closed)"), cmdCompact},
        {QStringLiteral("backup"), QStringLiteral("FILE"), CliTr::tr("Write a verified, encrypted backup"), cmdBackup},
        {QStringLiteral("restore"), QStringLiteral("FILE [--discard-unsent]"), CliTr::tr("Restore a backup into the data folder (new receipt epoch)"), cmdRestore},
    };
}

} // namespace patron::cli
