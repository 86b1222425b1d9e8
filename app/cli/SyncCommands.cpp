// patron-cli sync …: join this till to head office and sync with it; member lookup: a member of
// another store, fetched from head office.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"

#include "auth/Permissions.h"
#include "hq/HqClient.h"
#include "money/Money.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/PullInbox.h"
#include "sync/PullHandlers.h"
#include "sync/MemberLookup.h"
#include "sync/SyncConfig.h"
#include "sync/SyncLoop.h"
#include "sync/SyncState.h"
#include "sync/SyncWorker.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// The services one sync needs, on the open store.
struct SyncSetup {
    StoreSettings settings;
    SyncConfig config;
    SyncState state;
    PullHandlers handlers;
    PullInbox inbox;
    std::optional<PgConnectInfo> info;

    explicit SyncSetup(CliContext& ctx)
        : settings(ctx.store()->db(), *ctx.clock), config(settings), state(ctx.store()->db(), *ctx.clock),
          handlers(ctx.store()->db(), ctx.outbox(), *ctx.clock), inbox(ctx.store()->db(), *ctx.clock),
          info(config.connectInfo())
    {
        handlers.install(inbox);
    }
};

QString statusText(const SyncStatus& s)
{
    if (!s.configured)
        return CliTr::tr("This till is not joined to a head office (run \"patron-cli sync configure\").");
    QString text = s.online ? CliTr::tr("Online") : CliTr::tr("Offline");
    text += u'\n' + CliTr::tr("Events waiting: %1").arg(s.pendingEvents);
    text += u'\n' + CliTr::tr("Last successful sync: %1").arg(s.lastSuccessAt.isEmpty() ? CliTr::tr("never") : s.lastSuccessAt);
    if (s.driftMs)
        text += u'\n' + (s.driftWarning ? CliTr::tr("Clock drift: %1 ms — beyond the limit; correct this PC's clock.")
                                        : CliTr::tr("Clock drift: %1 ms"))
                            .arg(*s.driftMs);
    if (!s.lastError.isEmpty())
        text += u'\n' + CliTr::tr("Last error: %1").arg(s.lastError);
    if (s.inboxPending > 0)
        text += u'\n' + CliTr::tr("Pulled changes waiting to be applied: %1").arg(s.inboxPending);
    return text;
}

QJsonObject reportJson(const SyncReport& r)
{
    return {{QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("duplicates"), r.duplicates},
            {QStringLiteral("not_applied"), r.notApplied},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("applied"), r.applied},
            {QStringLiteral("drift_ms"), r.drift ? QJsonValue(r.drift->driftMs) : QJsonValue()},
            {QStringLiteral("drift_warning"), r.drift && r.drift->beyondThreshold()}};
}

int cmdConfigure(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("dsn")).option(QStringLiteral("sslmode")).option(QStringLiteral("sslrootcert"))
        .option(QStringLiteral("sslcert")).option(QStringLiteral("sslkey")).flag(QStringLiteral("clear"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    const QString dsn = p.value(QStringLiteral("dsn"), qEnvironmentVariable("PATRON_HQ_DSN"));
    if (dsn.isEmpty() && !p.has(QStringLiteral("clear")))
        return ctx.usage(CliTr::tr("sync configure needs --dsn DSN (or PATRON_HQ_DSN), or --clear."));
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (!session->can(perm::SettingsEdit))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("%1 may not change the head-office connection.").arg(session->userName)});
    SyncSetup setup(ctx);
    PgConnectInfo info;
    info.dsn = dsn;
    info.sslmode = p.value(QStringLiteral("sslmode"));
    info.sslrootcert = p.value(QStringLiteral("sslrootcert"));
    info.sslcert = p.value(QStringLiteral("sslcert"));
    info.sslkey = p.value(QStringLiteral("sslkey"));
    auto saved = guarded([&]() -> Result<void> {
        Transaction tx(ctx.store()->db());
        if (p.has(QStringLiteral("clear")))
            setup.config.clear();
        else
            PATRON_TRY(setup.config.save(info));
        ctx.audit().append(session->userName, QStringLiteral("sync.configure"),
                           p.has(QStringLiteral("clear")) ? QString() : info.redactedDsn());
        tx.commit();
        return {};
    });
    if (!saved)
        return ctx.fail(saved.error());
    // The till program builds its sync thread, stored-value reservation and head-office
    // ownership of the catalog once, when it starts: one already running keeps the old setting.
    const QString restart = CliTr::tr("A till program already running on this store uses it only after a restart.");
    if (p.has(QStringLiteral("clear")))
        return ctx.ok({{QStringLiteral("configured"), false}, {QStringLiteral("restart_needed"), true}},
                      CliTr::tr("This till is no longer joined to a head office.") + u' ' + restart);
    const auto stored = setup.config.connectInfo();
    return ctx.ok({{QStringLiteral("configured"), true},
                   {QStringLiteral("dsn"), stored->redactedDsn()},
                   {QStringLiteral("sslmode"), stored->sslmode},
                   {QStringLiteral("restart_needed"), true}},
                  CliTr::tr("Head office set to %1 (sslmode %2). The connection is stored in the encrypted store.")
                          .arg(stored->redactedDsn(), stored->sslmode)
                      + u' ' + restart);
}

int cmdOnce(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    SyncSetup setup(ctx);
    if (!setup.info)
        return ctx.fail({ErrorCode::NotFound, CliTr::tr("This till is not joined to a head office (run \"patron-cli sync configure\").")});
    SyncWorker worker(ctx.store()->db(), ctx.outbox(), setup.inbox, setup.state, *ctx.clock, *setup.info);
    auto r = worker.runOnce();
    if (!r)
        return ctx.fail(r.error());
    QString text = CliTr::tr("Pushed %1 event(s) (%2 already at head office), pulled %3 change(s).")
                       .arg(r->pushed)
                       .arg(r->duplicates)
                       .arg(r->pulled);
    if (r->drift && r->drift->beyondThreshold())
        text += u'\n' + CliTr::tr("Warning: this PC's clock is off by %1 ms from head office.").arg(r->drift->driftMs);
    return ctx.ok(reportJson(*r), text);
}

int cmdRun(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("interval-sec")).option(QStringLiteral("max-cycles"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    bool okInterval = true, okCycles = true;
    const int interval = p.value(QStringLiteral("interval-sec"), QStringLiteral("30")).toInt(&okInterval);
    const int maxCycles = p.value(QStringLiteral("max-cycles"), QStringLiteral("0")).toInt(&okCycles);
    if (!okInterval || interval < 1 || !okCycles || maxCycles < 0)
        return ctx.usage(CliTr::tr("--interval-sec takes a number of seconds (1 or more), --max-cycles a count."));
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    SyncSetup setup(ctx);
    if (!setup.info)
        return ctx.fail({ErrorCode::NotFound, CliTr::tr("This till is not joined to a head office (run \"patron-cli sync configure\").")});
    SyncWorker worker(ctx.store()->db(), ctx.outbox(), setup.inbox, setup.state, *ctx.clock, *setup.info);
    SyncBackoff::Policy policy;
    policy.intervalMs = qint64(interval) * 1000;
    SyncLoop loop(
        worker, SyncBackoff(policy), [&] { return setup.state.status(ctx.outbox().pendingCount(), true); },
        [&](const SyncStatus& s) {
            if (ctx.json)
                return;
            const QByteArray line = (QStringLiteral("[%1] ").arg(s.lastAttemptAt)
                                     + (s.lastErrorCode.isEmpty() ? CliTr::tr("synced; %1 event(s) waiting").arg(s.pendingEvents)
                                                                  : CliTr::tr("failed: %1").arg(s.lastError)))
                                        .toUtf8();
            std::fprintf(stdout, "%s\n", line.constData());
            std::fflush(stdout);
        });
    // SIGINT/SIGTERM end the loop: a dedicated thread waits for them, so the handler-free stop is
    // safe (SyncLoop::stop is not async-signal-safe).
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::atomic<bool> finished{false};
    std::thread waiter([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        if (!finished)
            loop.stop();
    });
    const int cycles = loop.run(maxCycles);
    finished = true;
    pthread_kill(waiter.native_handle(), SIGTERM);  // wake the waiter if no signal came
    waiter.join();
    const SyncStatus s = setup.state.status(ctx.outbox().pendingCount(), true);
    QJsonObject o = s.toJson();
    o.insert(QStringLiteral("cycles"), cycles);
    return ctx.ok(o, CliTr::tr("Sync stopped after %n cycle(s).", nullptr, cycles));
}

int cmdStatus(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    auto status = guarded([&] {
        SyncSetup setup(ctx);
        SyncStatus s = setup.state.status(ctx.outbox().pendingCount(), setup.info.has_value());
        return std::make_pair(s, setup.info ? setup.info->redactedDsn() : QString());
    });
    if (!status)
        return ctx.fail(status.error());
    QJsonObject o = status->first.toJson();
    o.insert(QStringLiteral("dsn"), status->second.isEmpty() ? QJsonValue() : QJsonValue(status->second));
    return ctx.ok(o, statusText(status->first));
}
// A customer of another store at the counter: found at head office by mobile or card number and
// cached here with their ledgers, so the till can serve them (and pulls their changes from now on).
int cmdMemberLookup(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("mobile")).option(QStringLiteral("card"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.has(QStringLiteral("mobile")) == p.has(QStringLiteral("card")))
        return ctx.usage(CliTr::tr("member lookup needs one of --mobile or --card."));
    const QString by = p.has(QStringLiteral("mobile")) ? QStringLiteral("mobile") : QStringLiteral("card");
    const QString query = p.value(by).trimmed();
    Session session;
    if (auto exit = ctx.openAndSignIn(&session))
        return *exit;
    SyncSetup setup(ctx);
    if (!setup.info)
        return ctx.fail({ErrorCode::NotFound,
                         CliTr::tr("This till is not joined to a head office (run \"patron-cli sync configure\").")});
    auto conn = PgConnection::connect(*setup.info);
    if (!conn)
        return ctx.fail(conn.error());
    HqClient client(*conn);
    Database& db = ctx.store()->db();
    auto found = MemberLookup(db, setup.inbox).fetch(client, query);
    if (!found)
        return ctx.fail(found.error());
    if (found->isEmpty())
        return ctx.fail({ErrorCode::NotFound, CliTr::tr("Head office has no member with %1.").arg(query)});
    QJsonArray members;
    QStringList text;
    const QString currency = ctx.store()->identity().currency;
    for (const Uuid& uuid : *found) {
        Statement s = db.prepare("SELECT name, mobile, card_no, home_store, points_balance,"
                                 " wallet_principal_minor + wallet_bonus_minor FROM members WHERE uuid = ?");
        s.bindBlob(1, uuid.bytes());
        if (!s.step())
            continue;  // head office erased it, or this till refused the row (audited)
        members.append(QJsonObject{{QStringLiteral("uuid"), uuid.toString()},
                                   {QStringLiteral("name"), s.text(0)},
                                   {QStringLiteral("mobile"), s.text(1)},
                                   {QStringLiteral("card_no"), s.text(2)},
                                   {QStringLiteral("home_store"), s.text(3)},
                                   {QStringLiteral("points_balance"), s.int64(4)},
                                   {QStringLiteral("wallet_minor"), s.int64(5)}});
        text << CliTr::tr("%1 %2 (store %3): %4 points, stored value %5")
                    .arg(s.text(0), s.text(1), s.text(3))
                    .arg(s.int64(4))
                    .arg(Money(s.int64(5), currency).toDisplayString());
    }
    return ctx.ok({{QStringLiteral("members"), members}}, text.join(u'\n'));
}
} // namespace

std::vector<Command> syncCommands()
{
    return {
        {QStringLiteral("sync configure"),
         QStringLiteral("--dsn DSN [--sslmode verify-full] [--sslrootcert CA] [--sslcert CRT --sslkey KEY] | --clear"),
         CliTr::tr("Join this till to head office (stored encrypted; needs settings.edit)"), cmdConfigure},
        {QStringLiteral("sync once"), QString(), CliTr::tr("Push waiting events and pull changes once"), cmdOnce},
        {QStringLiteral("sync run"), QStringLiteral("[--interval-sec 30] [--max-cycles N]"),
         CliTr::tr("Sync until stopped (Ctrl+C), backing off while head office is unreachable"), cmdRun},
        {QStringLiteral("sync status"), QString(),
         CliTr::tr("Online or offline, events waiting, last successful sync, clock drift"), cmdStatus},
        {QStringLiteral("member lookup"), QStringLiteral("--mobile M | --card C"),
         CliTr::tr("Find a member at head office and keep them here with their points and stored value"),
         cmdMemberLookup},
    };
}

} // namespace patron::cli
