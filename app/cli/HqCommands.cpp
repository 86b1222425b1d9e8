// patron-cli hq …: head-office administration. These commands talk to PostgreSQL as the
// head-office administrator and need no local store. The DSN comes from --dsn or PATRON_HQ_DSN
// (keeps the password out of the process list).

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"
#include "HqCommandsCommon.h"

#include "hq/HqCatalog.h"
#include "hq/HqProvisioning.h"
#include "hq/HqReview.h"
#include "hq/HqSchema.h"
#include "hq/PgConnection.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

int cmdInit(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    auto r = HqSchema::install(*conn);
    if (!r)
        return ctx.fail(r.error());
    const QString text = r->fromVersion == r->toVersion
                             ? CliTr::tr("Head office is up to date (schema version %1).").arg(r->toVersion)
                             : CliTr::tr("Head office schema: version %1 → %2.").arg(r->fromVersion).arg(r->toVersion);
    return ctx.ok({{QStringLiteral("from_version"), r->fromVersion}, {QStringLiteral("schema_version"), r->toVersion},
                   {QStringLiteral("tls"), conn->usesTls()}},
                  text);
}

int cmdStatus(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    auto version = HqSchema::currentVersion(*conn);
    if (!version)
        return ctx.fail(version.error());
    if (*version == 0)
        return ctx.fail({ErrorCode::NotFound, CliTr::tr("Head office has no Patron schema yet: run \"patron-cli hq init\".")});
    HqReview review(*conn);
    auto counts = review.eventCounts();
    if (!counts)
        return ctx.fail(counts.error());
    auto conflicts = review.conflicts();
    if (!conflicts)
        return ctx.fail(conflicts.error());
    auto stores = HqProvisioning(*conn).stores();
    if (!stores)
        return ctx.fail(stores.error());
    QString text = CliTr::tr("Schema version %1, %n store(s), TLS %2", nullptr, int(stores->size()))
                       .arg(*version)
                       .arg(conn->usesTls() ? CliTr::tr("on") : CliTr::tr("off"));
    for (auto it = counts->begin(); it != counts->end(); ++it)
        text += u'\n' + CliTr::tr("Events %1: %2").arg(it.key()).arg(it.value().toInteger());
    text += u'\n' + CliTr::tr("Open conflicts: %1").arg(conflicts->size());
    return ctx.ok({{QStringLiteral("schema_version"), *version},
                   {QStringLiteral("stores"), stores->size()},
                   {QStringLiteral("events"), *counts},
                   {QStringLiteral("open_conflicts"), conflicts->size()},
                   {QStringLiteral("tls"), conn->usesTls()}},
                  text);
}

int cmdAddStore(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("code")).option(QStringLiteral("name"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq add-store"), {"code", "name"}, &exit))
        return exit;
    const QString code = p.value(QStringLiteral("code")), name = p.value(QStringLiteral("name"));
    if (auto r = HqProvisioning(*conn).addStore(code, name); !r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("store"), code}, {QStringLiteral("name"), name}},
                  CliTr::tr("Added store %1 (%2).").arg(code, name));
}

int cmdAddTill(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("store")).option(QStringLiteral("code")).option(QStringLiteral("public-host"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq add-till"), {"store", "code"}, &exit))
        return exit;
    auto c = HqProvisioning(*conn).addTill(p.value(QStringLiteral("store")), p.value(QStringLiteral("code")),
                                           p.value(QStringLiteral("public-host")));
    if (!c)
        return ctx.fail(c.error());
    return ctx.ok({{QStringLiteral("store"), c->storeCode},
                   {QStringLiteral("till"), c->tillCode},
                   {QStringLiteral("role"), c->role},
                   {QStringLiteral("password"), c->password},
                   {QStringLiteral("dsn"), c->dsn}},
                  CliTr::tr("Added till %1 to store %2 (role %3).\nOn the till, run once (the password is not shown again):\n"
                         "  patron-cli sync configure --dsn \"%4\" --sslrootcert CA.pem")
                      .arg(c->tillCode, c->storeCode, c->role, c->dsn));
}

int cmdRevokeTill(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("store")).option(QStringLiteral("code"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq revoke-till"), {"store", "code"}, &exit))
        return exit;
    const QString store = p.value(QStringLiteral("store")), till = p.value(QStringLiteral("code"));
    if (auto r = HqProvisioning(*conn).revokeTill(store, till); !r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("store"), store}, {QStringLiteral("till"), till}, {QStringLiteral("revoked"), true}},
                  CliTr::tr("Till %1 of store %2 is revoked: it can no longer log in or push.").arg(till, store));
}

int listCommand(CliContext& ctx, const QStringList& args, const QString& key,
                const std::function<Result<QJsonArray>(PgConnection&, const ArgParser&)>& fetch,
                const std::function<QString(const QJsonObject&)>& line, ArgParser p)
{
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    auto rows = fetch(*conn, p);
    if (!rows)
        return ctx.fail(rows.error());
    QStringList text;
    for (const QJsonValue& v : *rows)
        text << line(v.toObject());
    if (text.isEmpty())
        text << CliTr::tr("(none)");
    return ctx.ok({{key, *rows}}, text.join(u'\n'));
}

int cmdStores(CliContext& ctx, const QStringList& args)
{
    return listCommand(
        ctx, args, QStringLiteral("stores"), [](PgConnection& c, const ArgParser&) { return HqProvisioning(c).stores(); },
        [](const QJsonObject& o) {
            return CliTr::tr("%1  %2  (%3 till(s))")
                .arg(o[QStringLiteral("code")].toString(), o[QStringLiteral("name")].toString())
                .arg(o[QStringLiteral("tills")].toInteger());
        },
        hqParser());
}

int cmdTills(CliContext& ctx, const QStringList& args)
{
    return listCommand(
        ctx, args, QStringLiteral("tills"), [](PgConnection& c, const ArgParser&) { return HqProvisioning(c).tills(); },
        [](const QJsonObject& o) {
            const QString revoked = o[QStringLiteral("revoked_at")].toString();
            return QStringLiteral("%1/%2  %3  %4")
                .arg(o[QStringLiteral("store")].toString(), o[QStringLiteral("till")].toString(),
                     o[QStringLiteral("role")].toString(),
                     revoked.isEmpty() ? CliTr::tr("last push %1").arg(o[QStringLiteral("last_push_at")].toString())
                                       : CliTr::tr("revoked %1").arg(revoked));
        },
        hqParser());
}

int cmdConflicts(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.flag(QStringLiteral("all"));
    return listCommand(
        ctx, args, QStringLiteral("conflicts"),
        [](PgConnection& c, const ArgParser& parsed) { return HqReview(c).conflicts(parsed.has(QStringLiteral("all"))); },
        [](const QJsonObject& o) {
            return CliTr::tr("#%1 %2 member %3 %4 %5")
                .arg(o[QStringLiteral("id")].toInteger())
                .arg(o[QStringLiteral("kind")].toString(), o[QStringLiteral("member_uuid")].toString(),
                     o[QStringLiteral("other_uuid")].toString(), compact(o[QStringLiteral("details")]));
        },
        p);
}

int cmdEvents(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("status"));
    return listCommand(
        ctx, args, QStringLiteral("events"),
        [](PgConnection& c, const ArgParser& parsed) { return HqReview(c).unappliedEvents(parsed.value(QStringLiteral("status"))); },
        [](const QJsonObject& o) {
            return QStringLiteral("%1 %2 v%3 %4/%5 %6 %7")
                .arg(o[QStringLiteral("uuid")].toString(), o[QStringLiteral("type")].toString())
                .arg(o[QStringLiteral("version")].toInteger())
                .arg(o[QStringLiteral("store")].toString(), o[QStringLiteral("till")].toString(),
                     o[QStringLiteral("status")].toString(), o[QStringLiteral("problem")].toString());
        },
        p);
}

int cmdDrift(CliContext& ctx, const QStringList& args)
{
    return listCommand(
        ctx, args, QStringLiteral("drift"), [](PgConnection& c, const ArgParser&) { return HqReview(c).driftWarnings(); },
        [](const QJsonObject& o) {
            return CliTr::tr("%1/%2 clock off by %3 ms at %4")
                .arg(o[QStringLiteral("store")].toString(), o[QStringLiteral("till")].toString())
                .arg(o[QStringLiteral("drift_ms")].toInteger())
                .arg(o[QStringLiteral("hq_time")].toString());
        },
        hqParser());
}

int cmdResolveConflict(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("id")).option(QStringLiteral("note"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq resolve-conflict"), {"id", "note"}, &exit))
        return exit;
    bool okId = false;
    const qint64 id = p.value(QStringLiteral("id")).toLongLong(&okId);
    if (!okId)
        return ctx.usage(CliTr::tr("--id takes a conflict number."));
    if (auto r = HqReview(*conn).resolveConflict(id, p.value(QStringLiteral("note"))); !r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("id"), id}, {QStringLiteral("resolved"), true}}, CliTr::tr("Conflict #%1 resolved.").arg(id));
}

int cmdReapply(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    auto r = HqReview(*conn).reapply();
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("outcomes"), *r}}, CliTr::tr("Re-applied kept events: %1").arg(compact(*r)));
}

int cmdProductSet(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("code")).option(QStringLiteral("name")).option(QStringLiteral("price"))
        .option(QStringLiteral("member-price")).option(QStringLiteral("cost")).option(QStringLiteral("barcode"))
        .option(QStringLiteral("tax-rate-bp")).option(QStringLiteral("category")).option(QStringLiteral("unit"))
        .option(QStringLiteral("currency")).flag(QStringLiteral("inactive"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq product set"), {"code", "name", "price"}, &exit))
        return exit;
    const QString currency = p.value(QStringLiteral("currency"), QStringLiteral("CNY"));
    HqProduct prod;
    prod.code = p.value(QStringLiteral("code"));
    prod.name = p.value(QStringLiteral("name"));
    prod.barcode = p.value(QStringLiteral("barcode"));
    prod.category = p.value(QStringLiteral("category"));
    prod.unit = p.value(QStringLiteral("unit"));
    prod.active = !p.has(QStringLiteral("inactive"));
    auto price = Money::parse(p.value(QStringLiteral("price")), currency);
    if (!price)
        return ctx.fail(price.error());
    prod.priceMinor = price->minor();
    for (const auto& [option, into] : {std::pair{QStringLiteral("member-price"), &prod.memberPriceMinor},
                                       std::pair{QStringLiteral("cost"), &prod.costMinor}}) {
        if (!p.has(option))
            continue;
        auto m = Money::parse(p.value(option), currency);
        if (!m)
            return ctx.fail(m.error());
        *into = m->minor();
    }
    if (p.has(QStringLiteral("tax-rate-bp"))) {
        bool okRate = false;
        prod.taxRateBp = p.value(QStringLiteral("tax-rate-bp")).toInt(&okRate);
        if (!okRate)
            return ctx.usage(CliTr::tr("--tax-rate-bp takes basis points, e.g. 1300 for 13%."));
    }
    if (auto r = HqCatalog(*conn).upsertProduct(prod); !r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("code"), prod.code}, {QStringLiteral("price_minor"), prod.priceMinor}},
                  CliTr::tr("Product %1 saved at head office; tills receive it on their next pull.").arg(prod.code));
}

int cmdRulesSet(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("key")).option(QStringLiteral("value"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq rules set"), {"key", "value"}, &exit))
        return exit;
    // The value is JSON ("2", "true", "{\"rate\":100}"); wrapped in an array to parse scalars.
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + p.value(QStringLiteral("value")).toUtf8() + "]", &err);
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1)
        return ctx.fail({ErrorCode::InvalidInput, CliTr::tr("--value must be JSON, e.g. 2, true, \"text\" or {\"rate\": 100}.")});
    const QString key = p.value(QStringLiteral("key"));
    if (auto r = HqCatalog(*conn).setRule(key, doc.array().first()); !r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("key"), key}, {QStringLiteral("value"), doc.array().first()}},
                  CliTr::tr("Rule %1 saved at head office.").arg(key));
}

int cmdRulesList(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    auto r = HqCatalog(*conn).rules();
    if (!r)
        return ctx.fail(r.error());
    QStringList text;
    for (auto it = r->begin(); it != r->end(); ++it)
        text << QStringLiteral("%1 = %2").arg(it.key(), compact(it.value()));
    return ctx.ok({{QStringLiteral("rules"), *r}}, text.isEmpty() ? CliTr::tr("(none)") : text.join(u'\n'));
}
} // namespace

std::vector<Command> hqCommands()
{
    const QString conn = QStringLiteral("[--dsn DSN] [--sslmode MODE] [--sslrootcert CA] [--sslcert CRT --sslkey KEY]");
    return {
        {QStringLiteral("hq init"), conn, CliTr::tr("Create or upgrade the head-office schema (safe to repeat)"), cmdInit},
        {QStringLiteral("hq status"), conn, CliTr::tr("Head-office schema version, stores, events, open conflicts"), cmdStatus},
        {QStringLiteral("hq add-store"), QStringLiteral("--code C --name N ") + conn, CliTr::tr("Register a store"), cmdAddStore},
        {QStringLiteral("hq add-till"), QStringLiteral("--store C --code T [--public-host H] ") + conn,
         CliTr::tr("Register a till and create its login role; prints its DSN once"), cmdAddTill},
        {QStringLiteral("hq revoke-till"), QStringLiteral("--store C --code T ") + conn,
         CliTr::tr("Revoke a till (stolen or retired): it can no longer log in or push"), cmdRevokeTill},
        {QStringLiteral("hq stores"), conn, CliTr::tr("List stores"), cmdStores},
        {QStringLiteral("hq tills"), conn, CliTr::tr("List tills, their roles and last push"), cmdTills},
        {QStringLiteral("hq conflicts"), QStringLiteral("[--all] ") + conn,
         CliTr::tr("List duplicate members and negative balances found while merging"), cmdConflicts},
        {QStringLiteral("hq resolve-conflict"), QStringLiteral("--id N --note TEXT ") + conn,
         CliTr::tr("Mark a conflict resolved, saying how"), cmdResolveConflict},
        {QStringLiteral("hq events"), QStringLiteral("[--status unknown_type|unsupported_version|rejected] ") + conn,
         CliTr::tr("List events kept but not applied"), cmdEvents},
        {QStringLiteral("hq reapply"), conn, CliTr::tr("Apply kept events again after an upgrade"), cmdReapply},
        {QStringLiteral("hq drift"), conn, CliTr::tr("Tills whose clocks drifted beyond the threshold"), cmdDrift},
        {QStringLiteral("hq product set"),
         QStringLiteral("--code C --name N --price 12.50 [--member-price P] [--cost P] [--barcode B] [--tax-rate-bp N] "
                        "[--category C] [--unit U] [--inactive] ") + conn,
         CliTr::tr("Create or change a product centrally"), cmdProductSet},
        {QStringLiteral("hq rules set"), QStringLiteral("--key K --value JSON ") + conn,
         CliTr::tr("Set a loyalty or store rule centrally"), cmdRulesSet},
        {QStringLiteral("hq rules list"), conn, CliTr::tr("List central rules"), cmdRulesList},
    };
}

} // namespace patron::cli
