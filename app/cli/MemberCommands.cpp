// patron-cli member …, topup, topup-refund, redeem, points, coupon, countcard, rules, tiers, report.
// Money on the command line is in major units ("100", "99.50"); in JSON, integer minor units in
// fields ending _minor. MEMBER is a mobile, a card number or id:N.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"
#include "HeadOfficeOwned.h"

#include "common/Csv.h"
#include "members/MemberImport.h"
#include "members/MemberMerge.h"
#include "catalog/Pinyin.h"
#include "members/MembersModule.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// Everything a members command needs: the open store, the signed-in user and the engine.
class MemberCli {
public:
    explicit MemberCli(CliContext& ctx) : m_ctx(ctx) {}

    // The usual start of a command: parses args, checks there are exactly `positionals` of them
    // and that every `required` option has a value (else `usage`), then opens the store and signs
    // in. Returns an exit code when the command must stop.
    std::optional<int> start(ArgParser& p, const QStringList& args, int positionals, const QString& usage,
                             const QStringList& required = {})
    {
        if (!p.parse(args))
            return m_ctx.usage(p.error());
        bool complete = p.positionals().size() == positionals;
        for (const QString& option : required)
            complete = complete && !p.value(option).trimmed().isEmpty();
        if (!complete)
            return m_ctx.usage(usage);
        return open();
    }

    // Opens the store and signs in; returns an exit code on failure.
    std::optional<int> open()
    {
        if (auto exit = m_ctx.openAndSignIn(&session))
            return exit;
        Store* store = m_ctx.store();
        engine = std::make_unique<MembersModule>(store->db(), *m_ctx.clock, m_ctx.audit(), m_ctx.outbox(),
                                                 store->identity().storeCode,
                                                 [](const QString& name) { return pinyinInitials(name, 8); });
        return std::nullopt;
    }
    Result<Member> member(const QString& ref) { return engine->members().resolve(ref); }
    QString currency() const { return m_ctx.store()->identity().currency; }
    QString money(qint64 minor) const { return Money(minor, currency()).toDisplayString(); }
    Result<qint64> amount(const QString& text) const
    {
        auto m = Money::parse(text, currency());
        if (!m)
            return m.error();
        return m->minor();
    }

    Session session;
    std::unique_ptr<MembersModule> engine;

private:
    CliContext& m_ctx;
};

QJsonArray toArray(const QList<Member>& members)
{
    QJsonArray arr;
    for (const Member& m : members)
        arr.append(m.toJson());
    return arr;
}

QString memberLine(const Member& m)
{
    return QStringLiteral("id:%1\t%2\t%3\t%4\t%5").arg(m.id).arg(m.name, m.mobile, m.cardNo, m.tierCode);
}

// Options shared by member add and member edit.
ArgParser& profileOptions(ArgParser& p)
{
    for (const char* o : {"card", "gender", "birthday", "email", "region", "tag", "notes", "referrer", "home-store"})
        p.option(QString::fromLatin1(o));
    for (const char* o : {"consent-sms", "consent-email"})
        p.option(QString::fromLatin1(o));
    return p;
}

std::optional<Error> readProfile(const ArgParser& p, MemberCli& cli, MemberFields* f)
{
    auto str = [&](const char* name, std::optional<QString>* into) {
        if (p.has(QString::fromLatin1(name)))
            *into = p.value(QString::fromLatin1(name));
    };
    str("card", &f->cardNo);
    str("gender", &f->gender);
    str("email", &f->email);
    str("region", &f->region);
    str("notes", &f->notes);
    str("home-store", &f->homeStore);
    if (p.has(QStringLiteral("tag")))
        f->tags = p.values(QStringLiteral("tag"));
    if (p.has(QStringLiteral("birthday"))) {
        const QString b = p.value(QStringLiteral("birthday"));
        f->birthday = b.isEmpty() ? QDate() : QDate::fromString(b, Qt::ISODate);
        if (!b.isEmpty() && !f->birthday->isValid())
            return Error{ErrorCode::InvalidInput, CliTr::tr("\"%1\" is not a date like 1990-07-01.").arg(b)};
    }
    if (p.has(QStringLiteral("referrer"))) {
        auto r = cli.member(p.value(QStringLiteral("referrer")));
        if (!r)
            return r.error();
        f->referrerId = r->id;
    }
    for (auto [name, into] : {std::pair{"consent-sms", &f->consentSms}, std::pair{"consent-email", &f->consentEmail}}) {
        if (!p.has(QString::fromLatin1(name)))
            continue;
        const QString v = p.value(QString::fromLatin1(name)).toLower();
        if (v != u"yes" && v != u"no")
            return Error{ErrorCode::InvalidInput, CliTr::tr("--%1 is yes or no.").arg(QString::fromLatin1(name))};
        *into = v == u"yes";
    }
    return std::nullopt;
}

int cmdMemberAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    profileOptions(p);
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 2, CliTr::tr("member add needs MOBILE and NAME.")))
        return *exit;
    MemberFields f;
    f.mobile = p.positionals()[0];
    f.name = p.positionals()[1];
    if (auto e = readProfile(p, cli, &f))
        return ctx.fail(*e);
    auto m = cli.engine->members().registerMember(cli.session, f);
    if (!m)
        return ctx.fail(m.error());
    return ctx.ok({{QStringLiteral("member"), m->toJson()}},
                  CliTr::tr("Registered %1 (id:%2, card %3).").arg(m->name).arg(m->id).arg(m->cardNo));
}

int cmdMemberFind(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("limit"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("member find needs one QUERY (mobile, last 4 digits, card, QR, name or initials).")))
        return *exit;
    auto found = cli.engine->members().find(p.positionals().first(), p.value(QStringLiteral("limit"), QStringLiteral("50")).toInt());
    if (!found)
        return ctx.fail(found.error());
    QStringList lines;
    for (const Member& m : *found)
        lines << memberLine(m);
    return ctx.ok({{QStringLiteral("members"), toArray(*found)}},
                  found->isEmpty() ? CliTr::tr("No member found.") : lines.join(u'\n'));
}

int cmdMemberShow(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("member show needs MEMBER.")))
        return *exit;
    auto m = cli.member(p.positionals().first());
    if (!m)
        return ctx.fail(m.error());
    QJsonObject out{{QStringLiteral("member"), m->toJson()}};
    QString text = CliTr::tr("%1  id:%2  %3  card %4\nTier %5  points %6  stored value %7 (principal %8, bonus %9)")
                       .arg(m->name).arg(m->id).arg(m->mobile, m->cardNo, m->tierCode).arg(m->pointsBalance)
                       .arg(cli.money(m->walletBalanceMinor()), cli.money(m->walletPrincipalMinor), cli.money(m->walletBonusMinor));
    if (!m->isErased()) {
        if (auto d = cli.engine->tiers().distanceToNextTier(m->id)) {
            out.insert(QStringLiteral("next_tier"), d->toJson());
            text += u'\n' + d->text;
        }
        QJsonArray coupons;
        const auto couponList = cli.engine->coupons().coupons(m->id);
        for (const Coupon& c : couponList.value())
            coupons.append(c.toJson());
        out.insert(QStringLiteral("coupons"), coupons);
        QJsonArray cards;
        const auto cardList = cli.engine->countCards().cards(m->id);
        for (const CountCard& c : cardList.value())
            cards.append(c.toJson(ctx.clock->now()));
        out.insert(QStringLiteral("count_cards"), cards);
    }
    return ctx.ok(out, text);
}

int cmdMemberEdit(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    profileOptions(p).option(QStringLiteral("name")).option(QStringLiteral("mobile")).option(QStringLiteral("pay-pin"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("member edit needs MEMBER and the fields to change.")))
        return *exit;
    auto m = cli.member(p.positionals().first());
    if (!m)
        return ctx.fail(m.error());
    MemberFields f;
    if (p.has(QStringLiteral("name")))
        f.name = p.value(QStringLiteral("name"));
    if (p.has(QStringLiteral("mobile")))
        f.mobile = p.value(QStringLiteral("mobile"));
    if (auto e = readProfile(p, cli, &f))
        return ctx.fail(*e);
    if (p.has(QStringLiteral("pay-pin"))) {
        auto r = cli.engine->members().setPayPin(cli.session, m->id, p.value(QStringLiteral("pay-pin")));
        if (!r)
            return ctx.fail(r.error());
    }
    auto edited = cli.engine->members().edit(cli.session, m->id, f);
    if (!edited)
        return ctx.fail(edited.error());
    return ctx.ok({{QStringLiteral("member"), edited->toJson()}}, CliTr::tr("Member id:%1 updated.").arg(m->id));
}

int cmdMemberErase(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("reason"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("member erase needs MEMBER and --reason TEXT."), {QStringLiteral("reason")}))
        return *exit;
    auto m = cli.member(p.positionals().first());
    if (!m)
        return ctx.fail(m.error());
    auto r = cli.engine->privacy().erase(cli.session, m->id, p.value(QStringLiteral("reason")));
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("erased"), m->uuid.toString()}, {QStringLiteral("id"), m->id}},
                  CliTr::tr("Member id:%1 erased: personal data removed, ledgers kept.").arg(m->id));
}

// member merge --survivor M --merged M [--take FIELD]…: the survivor keeps its profile except
// the fields taken from the merged member.
int cmdMemberMerge(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("survivor"));
    p.option(QStringLiteral("merged"));
    p.option(QStringLiteral("take"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 0, CliTr::tr("member merge needs --survivor MEMBER and --merged MEMBER."), {QStringLiteral("survivor"), QStringLiteral("merged")}))
        return *exit;
    auto survivor = cli.member(p.value(QStringLiteral("survivor")));
    if (!survivor)
        return ctx.fail(survivor.error());
    auto merged = cli.member(p.value(QStringLiteral("merged")));
    if (!merged)
        return ctx.fail(merged.error());
    // "id:N" of a member merged earlier answers as its survivor; merging "it" again would merge
    // the survivor instead, so say what happened.
    for (const QString& option : {QStringLiteral("survivor"), QStringLiteral("merged")}) {
        const QString ref = p.value(option).trimmed();
        const Member& found = option == u"survivor" ? *survivor : *merged;
        if (ref.startsWith(QStringLiteral("id:")) && ref.mid(3).toLongLong() != found.id)
            return ctx.fail({ErrorCode::Refused,
                             CliTr::tr("Member %1 was already merged into id:%2.").arg(ref).arg(found.id)});
    }
    QStringList take;
    for (const QString& v : p.values(QStringLiteral("take")))
        take += v.split(u',', Qt::SkipEmptyParts);
    auto profile = profileFieldsOf(*merged, take);
    if (!profile)
        return ctx.fail(profile.error());
    Store* store = ctx.store();
    MemberMerge merge(store->db(), *ctx.clock, ctx.audit(), ctx.outbox(), cli.engine->members(), cli.engine->searchIndex(),
                      cli.engine->tiers());
    auto r = merge.merge(cli.session, {survivor->id, merged->id, *profile});
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("member"), r->survivor.toJson()},
                   {QStringLiteral("merged_uuid"), r->mergedUuid.toString()},
                   {QStringLiteral("points_moved"), r->pointsMoved},
                   {QStringLiteral("principal_moved_minor"), r->principalMoved},
                   {QStringLiteral("bonus_moved_minor"), r->bonusMoved},
                   {QStringLiteral("coupons_moved"), r->couponsMoved},
                   {QStringLiteral("count_cards_moved"), r->countCardsMoved},
                   {QStringLiteral("sales_moved"), r->salesMoved}},
                  CliTr::tr("Member id:%1 merged into id:%2: %3 points, %4 stored value moved.")
                      .arg(merged->id)
                      .arg(r->survivor.id)
                      .arg(r->pointsMoved)
                      .arg(cli.money(r->principalMoved + r->bonusMoved)));
}

int cmdMemberDuplicates(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 0, CliTr::tr("member duplicates takes no arguments.")))
        return *exit;
    Store* store = ctx.store();
    MemberMerge merge(store->db(), *ctx.clock, ctx.audit(), ctx.outbox(), cli.engine->members(), cli.engine->searchIndex(),
                      cli.engine->tiers());
    auto pairs = merge.duplicates();
    if (!pairs)
        return ctx.fail(pairs.error());
    QJsonArray arr;
    QStringList lines;
    for (const DuplicateCandidate& d : *pairs) {
        arr.append(QJsonObject{{QStringLiteral("first"), d.first.toJson()}, {QStringLiteral("second"), d.second.toJson()}});
        lines << memberLine(d.first) + QStringLiteral("  ~  ") + memberLine(d.second);
    }
    return ctx.ok({{QStringLiteral("pairs"), arr}}, lines.join(u'\n'));
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

int cmdMemberExportData(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("out"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("member export-data needs MEMBER.")))
        return *exit;
    auto m = cli.member(p.positionals().first());
    if (!m)
        return ctx.fail(m.error());
    auto doc = cli.engine->privacy().exportMember(cli.session, m->id);
    if (!doc)
        return ctx.fail(doc.error());
    if (p.has(QStringLiteral("out"))) {
        QString error;
        if (!writeFile(p.value(QStringLiteral("out")), QJsonDocument(*doc).toJson(QJsonDocument::Indented), &error))
            return ctx.fail({ErrorCode::IoError, CliTr::tr("Cannot write %1: %2").arg(p.value(QStringLiteral("out")), error)});
        return ctx.ok({{QStringLiteral("file"), p.value(QStringLiteral("out"))}},
                      CliTr::tr("Wrote everything about member id:%1 to %2.").arg(m->id).arg(p.value(QStringLiteral("out"))));
    }
    return ctx.ok({{QStringLiteral("data"), *doc}}, QString::fromUtf8(QJsonDocument(*doc).toJson(QJsonDocument::Indented)));
}

int cmdMemberImport(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.flag(QStringLiteral("skip-bad"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(CliTr::tr("member import needs a CSV FILE."));
    QFile file(p.positionals().first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail({ErrorCode::InvalidInput, CliTr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())});
    const QByteArray bytes = file.readAll();
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    MemberImport importer(ctx.store()->db(), *ctx.clock, cli.engine->members());
    auto report = importer.run(cli.session, bytes, p.has(QStringLiteral("skip-bad")));
    if (!report)
        return ctx.fail(report.error());
    QJsonArray problems;
    QStringList lines;
    for (const MemberImportProblem& pr : report->problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), pr.line}, {QStringLiteral("reason"), pr.reason}});
        lines << CliTr::tr("line %1: %2").arg(pr.line).arg(pr.reason);
    }
    const QJsonObject json{{QStringLiteral("encoding"), report->encoding},
                           {QStringLiteral("imported"), report->imported},
                           {QStringLiteral("committed"), report->committed},
                           {QStringLiteral("problems"), problems}};
    if (!report->committed) {
        ctx.ok(json, lines.join(u'\n'));
        return ExitRefused;
    }
    return ctx.ok(json, (QStringList{CliTr::tr("Imported %1 members (%2).").arg(report->imported).arg(report->encoding)} + lines).join(u'\n'));
}

int cmdMemberExport(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("member export needs an output FILE.")))
        return *exit;
    if (!cli.session.can(perm::ReportsView))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("%1 may not export members.").arg(cli.session.userName)});
    QList<QStringList> rows{MemberImport::exportHeader()};
    MemberRepository repo(ctx.store()->db(), *ctx.clock);
    const QList<Member> members = guarded([&] { return repo.where("status = 'active' ORDER BY id", {}, 100000000); }).value();
    for (const Member& m : members)
        rows << QStringList{QString::number(m.id), m.mobile, m.name, m.cardNo, m.gender,
                            m.birthday.isValid() ? m.birthday.toString(Qt::ISODate) : QString(), m.email, m.region,
                            m.tags.join(u','), m.notes, m.joinedAt.date().toString(Qt::ISODate), m.tierCode,
                            QString::number(m.pointsBalance), QString::number(m.walletPrincipalMinor),
                            QString::number(m.walletBonusMinor)};
    QString error;
    if (!writeFile(p.positionals().first(), csvDocument(rows), &error))
        return ctx.fail({ErrorCode::IoError, CliTr::tr("Cannot write %1: %2").arg(p.positionals().first(), error)});
    return ctx.ok({{QStringLiteral("file"), p.positionals().first()}, {QStringLiteral("members"), qint64(members.size())}},
                  CliTr::tr("Exported %1 members to %2.").arg(members.size()).arg(p.positionals().first()));
}

int cmdTopUp(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("pay")).option(QStringLiteral("ref"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 2, CliTr::tr("topup needs MEMBER AMOUNT --pay TENDER."), {QStringLiteral("pay")}))
        return *exit;
    auto m = cli.member(p.positionals()[0]);
    if (!m)
        return ctx.fail(m.error());
    auto amount = cli.amount(p.positionals()[1]);
    if (!amount)
        return ctx.fail(amount.error());
    auto r = cli.engine->wallet().topUp(cli.session, m->id, *amount, p.value(QStringLiteral("pay")), p.value(QStringLiteral("ref")));
    if (!r)
        return ctx.fail(r.error());
    const Member after = cli.engine->members().byId(m->id).value();
    QJsonObject out{{QStringLiteral("entry"), r->entry.toJson()},
                    {QStringLiteral("bonus_points"), r->bonusPoints},
                    {QStringLiteral("coupon"), r->couponTemplate},
                    {QStringLiteral("balance_principal_minor"), after.walletPrincipalMinor},
                    {QStringLiteral("balance_bonus_minor"), after.walletBonusMinor}};
    if (r->tierChange)
        out.insert(QStringLiteral("tier_change"), r->tierChange->toJson());
    return ctx.ok(out, CliTr::tr("Topped up %1 (bonus %2). Balance %3.")
                           .arg(cli.money(*amount), cli.money(r->entry.bonusMinor), cli.money(after.walletBalanceMinor())));
}

int cmdTopUpRefund(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(CliTr::tr("topup-refund needs the top-up's ENTRY uuid."));
    const Uuid entry = Uuid::fromString(p.positionals().first());
    if (entry.isNull())
        return ctx.usage(CliTr::tr("\"%1\" is not an entry uuid.").arg(p.positionals().first()));
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    auto r = cli.engine->wallet().refundTopUp(cli.session, entry);
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("entry"), r->entry.toJson()},
                   {QStringLiteral("principal_removed_minor"), r->principalRemovedMinor},
                   {QStringLiteral("bonus_removed_minor"), r->bonusRemovedMinor},
                   {QStringLiteral("bonus_shortfall_minor"), r->bonusShortfallMinor},
                   {QStringLiteral("cash_out_minor"), r->cashOutMinor}},
                  CliTr::tr("Refund %1 to the customer.").arg(cli.money(r->cashOutMinor)));
}

int cmdRedeemGift(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("gift"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("redeem needs MEMBER --gift CODE."), {QStringLiteral("gift")}))
        return *exit;
    auto m = cli.member(p.positionals()[0]);
    if (!m)
        return ctx.fail(m.error());
    auto e = cli.engine->points().redeemGift(cli.session, m->id, p.value(QStringLiteral("gift")));
    if (!e)
        return ctx.fail(e.error());
    return ctx.ok({{QStringLiteral("entry"), e->toJson()},
                   {QStringLiteral("points"), cli.engine->members().byId(m->id)->pointsBalance},
                   {QStringLiteral("stock_left"), cli.engine->points().giftStock(p.value(QStringLiteral("gift")))}},
                  CliTr::tr("Gift redeemed for %1 points.").arg(-e->amount));
}

int cmdPointsAdjust(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("reason"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    bool ok = false;
    const qint64 delta = p.positionals().value(1).toLongLong(&ok);
    if (p.positionals().size() != 2 || !ok || !p.has(QStringLiteral("reason")))
        return ctx.usage(CliTr::tr("points adjust needs MEMBER DELTA --reason TEXT (DELTA like 100 or -50)."));
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    auto m = cli.member(p.positionals()[0]);
    if (!m)
        return ctx.fail(m.error());
    auto e = cli.engine->points().adjust(cli.session, m->id, delta, p.value(QStringLiteral("reason")));
    if (!e)
        return ctx.fail(e.error());
    const qint64 balance = cli.engine->members().byId(m->id)->pointsBalance;
    return ctx.ok({{QStringLiteral("entry"), e->toJson()}, {QStringLiteral("points"), balance}},
                  CliTr::tr("Points adjusted by %1; balance %2.").arg(delta).arg(balance));
}

int cmdCouponTemplateAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    for (const char* o : {"code", "name", "kind", "value", "threshold", "cap", "sku", "valid-days"})
        p.option(QString::fromLatin1(o));
    p.flag(QStringLiteral("restore-on-return"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (!p.has(QStringLiteral("code")) || !p.has(QStringLiteral("value")))
        return ctx.usage(CliTr::tr("coupon template add needs --code CODE and --value (an amount, or a percentage for percent_off)."));
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    const QString kind = p.value(QStringLiteral("kind"), QStringLiteral("amount_off"));
    QJsonObject t{{QStringLiteral("code"), p.value(QStringLiteral("code"))},
                  {QStringLiteral("name"), p.value(QStringLiteral("name"), p.value(QStringLiteral("code")))},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("skus"), QJsonArray::fromStringList(p.values(QStringLiteral("sku")))},
                  {QStringLiteral("valid_days"), p.value(QStringLiteral("valid-days"), QStringLiteral("30")).toInt()},
                  {QStringLiteral("restore_on_return"), p.has(QStringLiteral("restore-on-return"))}};
    if (kind == u"percent_off") {
        // "10" or "12.5" percent → basis points, through the money parser's exact decimals.
        auto bps = Money::parse(p.value(QStringLiteral("value")), QStringLiteral("CNY"));
        if (!bps)
            return ctx.fail(bps.error());
        t.insert(QStringLiteral("value"), bps->minor());
    } else {
        auto v = cli.amount(p.value(QStringLiteral("value")));
        if (!v)
            return ctx.fail(v.error());
        t.insert(QStringLiteral("value"), *v);
    }
    for (auto [option, field] : {std::pair{"threshold", "threshold_minor"}, std::pair{"cap", "cap_minor"}}) {
        if (!p.has(QString::fromLatin1(option)))
            continue;
        auto v = cli.amount(p.value(QString::fromLatin1(option)));
        if (!v)
            return ctx.fail(v.error());
        t.insert(QString::fromLatin1(field), *v);
    }
    QJsonObject rules = cli.engine->rules().current().toJson();
    QJsonObject coupons = rules.value(QStringLiteral("coupons")).toObject();
    QJsonArray templates = coupons.value(QStringLiteral("templates")).toArray();
    for (qsizetype i = templates.size() - 1; i >= 0; --i)  // the same code replaces the old template
        if (templates[i].toObject().value(QStringLiteral("code")) == t.value(QStringLiteral("code")))
            templates.removeAt(i);
    templates.append(t);
    coupons.insert(QStringLiteral("templates"), templates);
    rules.insert(QStringLiteral("coupons"), coupons);
    auto saved = cli.engine->rules().set(cli.session, rules);
    if (!saved)
        return ctx.fail(saved.error());
    return ctx.ok({{QStringLiteral("template"), t}, {QStringLiteral("rules_version"), saved->version}},
                  CliTr::tr("Coupon template %1 saved (rules version %2).").arg(t.value(QStringLiteral("code")).toString()).arg(saved->version));
}

int cmdCouponIssue(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("segment"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    const bool segment = p.has(QStringLiteral("segment"));
    if ((segment && p.positionals().size() != 1) || (!segment && p.positionals().size() != 2))
        return ctx.usage(CliTr::tr("coupon issue needs TEMPLATE MEMBER, or TEMPLATE --segment SEGMENT."));
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    const QString code = p.positionals()[0];
    if (segment) {
        RfmOptions options;
        RfmSegment s;
        if (!parseRfmSegment(p.value(QStringLiteral("segment")), &s))
            return ctx.fail({ErrorCode::InvalidInput, CliTr::tr("\"%1\" is not an RFM segment.").arg(p.value(QStringLiteral("segment")))});
        options.listSegment = s;
        auto rfm = cli.engine->rfm().run(options);
        if (!rfm)
            return ctx.fail(rfm.error());
        auto n = cli.engine->coupons().issueToMembers(cli.session, rfm->members, code);
        if (!n)
            return ctx.fail(n.error());
        return ctx.ok({{QStringLiteral("issued"), *n}, {QStringLiteral("segment"), rfmSegmentCode(s)}},
                      CliTr::tr("Issued %1 coupons to %2.").arg(*n).arg(rfmSegmentName(s)));
    }
    auto m = cli.member(p.positionals()[1]);
    if (!m)
        return ctx.fail(m.error());
    auto c = cli.engine->coupons().issueManually(cli.session, m->id, code);
    if (!c)
        return ctx.fail(c.error());
    return ctx.ok({{QStringLiteral("coupon"), c->toJson()}}, CliTr::tr("Coupon %1 issued (id %2).").arg(c->name).arg(c->id));
}

int cmdCouponList(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    if (p.positionals().isEmpty()) {  // the templates
        QJsonArray arr = cli.engine->rules().current().toJson().value(QStringLiteral("coupons")).toObject()
                             .value(QStringLiteral("templates")).toArray();
        QStringList lines;
        for (const CouponTemplate& t : cli.engine->rules().current().couponTemplates)
            lines << QStringLiteral("%1\t%2\t%3").arg(t.code, t.name, couponKindName(t.kind));
        return ctx.ok({{QStringLiteral("templates"), arr}}, lines.join(u'\n'));
    }
    auto m = cli.member(p.positionals().first());
    if (!m)
        return ctx.fail(m.error());
    auto list = cli.engine->coupons().coupons(m->id);
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    QStringList lines;
    for (const Coupon& c : *list) {
        arr.append(c.toJson());
        lines << QStringLiteral("%1\t%2\t%3").arg(c.id).arg(c.name, c.status);
    }
    return ctx.ok({{QStringLiteral("coupons"), arr}}, lines.join(u'\n'));
}

int cmdCountCardAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("sku")).option(QStringLiteral("uses")).option(QStringLiteral("days")).option(QStringLiteral("name"));
    MemberCli cli(ctx);
    if (auto exit = cli.start(p, args, 1, CliTr::tr("countcard add needs MEMBER --sku SKU [--uses N] [--days D] [--name TEXT]."), {QStringLiteral("sku")}))
        return *exit;
    auto m = cli.member(p.positionals()[0]);
    if (!m)
        return ctx.fail(m.error());
    // A count-card product in the rules supplies what the command line leaves out.
    const QString sku = p.value(QStringLiteral("sku"));
    const CountCardProduct* product = cli.engine->rules().current().countCardProduct(sku);
    if (!p.has(QStringLiteral("uses")) && !product)
        return ctx.usage(CliTr::tr("countcard add needs --uses N: the rules define no count card for %1.").arg(sku));
    const int uses = p.has(QStringLiteral("uses")) ? p.value(QStringLiteral("uses")).toInt() : product->uses;
    const int days = p.has(QStringLiteral("days")) ? p.value(QStringLiteral("days")).toInt() : (product ? product->validDays : 0);
    const QString name = p.has(QStringLiteral("name")) || !product ? p.value(QStringLiteral("name")) : product->name;
    auto c = cli.engine->countCards().add(cli.session, m->id, sku, name, uses, days);
    if (!c)
        return ctx.fail(c.error());
    return ctx.ok({{QStringLiteral("count_card"), c->toJson(ctx.clock->now())}},
                  CliTr::tr("Count card %1 (%2 uses) added.").arg(c->id).arg(c->totalUses));
}

int cmdCountCardUse(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    bool ok = false;
    const qint64 id = p.positionals().value(0).toLongLong(&ok);
    if (p.positionals().size() != 1 || !ok)
        return ctx.usage(CliTr::tr("countcard use needs the card's numeric ID."));
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    auto c = cli.engine->countCards().use(cli.session, id);
    if (!c)
        return ctx.fail(c.error());
    return ctx.ok({{QStringLiteral("count_card"), c->toJson(ctx.clock->now())}},
                  CliTr::tr("Used; %1 left.").arg(c->remaining()));
}

int cmdRulesShow(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("version"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    auto rules = p.has(QStringLiteral("version")) ? cli.engine->rules().version(p.value(QStringLiteral("version")).toInt())
                                                  : Result<LoyaltyRules>(cli.engine->rules().current());
    if (!rules)
        return ctx.fail(rules.error());
    QJsonArray versions;
    for (int v : cli.engine->rules().versions())
        versions.append(v);
    const QJsonObject doc = rules->toJson();
    return ctx.ok({{QStringLiteral("rules"), doc}, {QStringLiteral("versions"), versions}},
                  QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
}

int cmdRulesSet(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(CliTr::tr("rules set needs a JSON FILE."));
    QFile file(p.positionals().first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail({ErrorCode::InvalidInput, CliTr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return ctx.fail({ErrorCode::InvalidInput, CliTr::tr("%1 is not a JSON object: %2").arg(file.fileName(), error.errorString())});
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::LoyaltyRules))
        return *exit;
    auto saved = cli.engine->rules().set(cli.session, doc.object());
    if (!saved)
        return ctx.fail(saved.error());
    return ctx.ok({{QStringLiteral("version"), saved->version}, {QStringLiteral("rules"), saved->toJson()}},
                  CliTr::tr("Loyalty rules version %1 is in force.").arg(saved->version));
}

int cmdTiersEvaluate(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    if (!cli.session.can(perm::RulesEdit))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("%1 may not run the tier evaluation.").arg(cli.session.userName)});
    // The daily jobs together: tiers, points expiry, birthday coupons.
    auto changes = cli.engine->tiers().evaluateAll();
    if (!changes)
        return ctx.fail(changes.error());
    auto expired = cli.engine->points().expireAll();
    if (!expired)
        return ctx.fail(expired.error());
    auto birthdays = cli.engine->coupons().issueBirthdayCoupons();
    if (!birthdays)
        return ctx.fail(birthdays.error());
    QJsonArray arr;
    for (const TierChange& c : *changes)
        arr.append(c.toJson());
    return ctx.ok({{QStringLiteral("tier_changes"), arr},
                   {QStringLiteral("points_expired"), *expired},
                   {QStringLiteral("birthday_coupons"), *birthdays}},
                  CliTr::tr("%1 tier changes, %2 points expired, %3 birthday coupons.").arg(changes->size()).arg(*expired).arg(*birthdays));
}

int cmdReport(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("days")).option(QStringLiteral("segment")).option(QStringLiteral("window-days"))
        .option(QStringLiteral("channel"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    const QString which = p.positionals().value(0);
    if (p.positionals().size() != 1)
        return ctx.usage(CliTr::tr("report needs one of rfm, birthdays, dormant, liability, tiers, growth, campaign."));
    MemberCli cli(ctx);
    if (auto exit = cli.open())
        return *exit;
    if (!cli.session.can(perm::ReportsView))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("%1 may not view reports.").arg(cli.session.userName)});
    MemberReports& reports = cli.engine->reports();
    if (which == u"rfm") {
        RfmOptions options;
        options.windowDays = p.value(QStringLiteral("window-days"), QStringLiteral("0")).toInt();
        if (p.has(QStringLiteral("segment"))) {
            RfmSegment s;
            if (!parseRfmSegment(p.value(QStringLiteral("segment")), &s))
                return ctx.fail({ErrorCode::InvalidInput, CliTr::tr("\"%1\" is not an RFM segment.").arg(p.value(QStringLiteral("segment")))});
            options.listSegment = s;
        }
        auto r = cli.engine->rfm().run(options);
        if (!r)
            return ctx.fail(r.error());
        QStringList lines;
        for (int i = 0; i < kRfmSegmentCount; ++i)
            lines << QStringLiteral("%1\t%2").arg(rfmSegmentName(RfmSegment(i))).arg(r->counts[i]);
        return ctx.ok(r->toJson(), lines.join(u'\n'));
    }
    if (which == u"birthdays") {
        auto b = reports.birthdays(p.value(QStringLiteral("days"), QStringLiteral("7")).toInt());
        if (!b)
            return ctx.fail(b.error());
        QJsonArray arr;
        QStringList lines;
        for (const BirthdayEntry& e : *b) {
            QJsonObject o = e.member.toJson();
            o.insert(QStringLiteral("next_birthday"), e.nextBirthday.toString(Qt::ISODate));
            o.insert(QStringLiteral("in_days"), e.inDays);
            arr.append(o);
            lines << QStringLiteral("%1\t%2").arg(e.nextBirthday.toString(Qt::ISODate), memberLine(e.member));
        }
        return ctx.ok({{QStringLiteral("members"), arr}}, lines.join(u'\n'));
    }
    if (which == u"dormant") {
        auto d = reports.dormant(p.value(QStringLiteral("days"), QStringLiteral("90")).toInt());
        if (!d)
            return ctx.fail(d.error());
        QStringList lines;
        for (const Member& m : *d)
            lines << memberLine(m);
        return ctx.ok({{QStringLiteral("members"), toArray(*d)}}, lines.join(u'\n'));
    }
    if (which == u"liability") {
        auto l = cli.engine->wallet().liability();
        if (!l)
            return ctx.fail(l.error());
        auto negatives = cli.engine->points().negativeBalances();
        QJsonArray neg;
        for (const auto& [id, balance] : negatives.value())
            neg.append(QJsonObject{{QStringLiteral("member_id"), id}, {QStringLiteral("points"), balance}});
        QJsonObject out = l->toJson();
        out.insert(QStringLiteral("negative_points"), neg);
        return ctx.ok(out, CliTr::tr("Stored value owed: principal %1, bonus %2 (%3 members).")
                               .arg(cli.money(l->principalMinor), cli.money(l->bonusMinor)).arg(l->members));
    }
    if (which == u"tiers" || which == u"growth") {
        auto rows = which == u"tiers" ? reports.tierDistribution() : reports.growthByMonth();
        if (!rows)
            return ctx.fail(rows.error());
        QJsonArray arr;
        QStringList lines;
        for (const CountRow& r : *rows) {
            arr.append(QJsonObject{{QStringLiteral("key"), r.key}, {QStringLiteral("count"), r.count}});
            lines << QStringLiteral("%1\t%2").arg(r.key).arg(r.count);
        }
        return ctx.ok({{QStringLiteral("rows"), arr}}, lines.join(u'\n'));
    }
    if (which == u"campaign") {
        const QString channel = p.value(QStringLiteral("channel"), QStringLiteral("sms"));
        if (channel != u"sms" && channel != u"email")
            return ctx.usage(CliTr::tr("--channel is sms or email."));
        auto a = reports.campaignAudience(channel == u"sms" ? CampaignChannel::Sms : CampaignChannel::Email);
        if (!a)
            return ctx.fail(a.error());
        QStringList lines;
        for (const Member& m : *a)
            lines << QStringLiteral("%1\t%2").arg(m.name, channel == u"sms" ? m.mobile : m.email);
        return ctx.ok({{QStringLiteral("members"), toArray(*a)}}, lines.join(u'\n'));
    }
    return ctx.usage(CliTr::tr("Unknown report \"%1\".").arg(which));
}

} // namespace

std::vector<Command> memberCommands()
{
    return {
        {QStringLiteral("member add"), QStringLiteral("MOBILE NAME [--card C] [--gender f|m] [--birthday YYYY-MM-DD] [--consent-sms yes|no] …"),
         CliTr::tr("Register a member"), cmdMemberAdd},
        {QStringLiteral("member find"), QStringLiteral("QUERY"), CliTr::tr("Find members by mobile, last 4 digits, card, QR, name or initials"), cmdMemberFind},
        {QStringLiteral("member show"), QStringLiteral("MEMBER"), CliTr::tr("Show a member with balances, coupons and the next tier"), cmdMemberShow},
        {QStringLiteral("member edit"), QStringLiteral("MEMBER [--name N] [--mobile M] [--pay-pin PIN] …"), CliTr::tr("Edit a member"), cmdMemberEdit},
        {QStringLiteral("member erase"), QStringLiteral("MEMBER --reason TEXT"), CliTr::tr("Erase a member's personal data"), cmdMemberErase},
        {QStringLiteral("member merge"), QStringLiteral("--survivor MEMBER --merged MEMBER [--take FIELD,…]"),
         CliTr::tr("Merge a duplicate member into another (ledgers, sales and balances move)"), cmdMemberMerge},
        {QStringLiteral("member duplicates"), QString(), CliTr::tr("List likely duplicate members (same name, one without a mobile)"),
         cmdMemberDuplicates},
        {QStringLiteral("member export-data"), QStringLiteral("MEMBER [--out FILE]"), CliTr::tr("Export everything about one member (JSON)"), cmdMemberExportData},
        {QStringLiteral("member import"), QStringLiteral("FILE.csv [--skip-bad]"), CliTr::tr("Import members from CSV (UTF-8 or GBK)"), cmdMemberImport},
        {QStringLiteral("member export"), QStringLiteral("FILE.csv"), CliTr::tr("Export members to CSV"), cmdMemberExport},
        {QStringLiteral("topup"), QStringLiteral("MEMBER AMOUNT --pay TENDER [--ref R]"), CliTr::tr("Top up stored value"), cmdTopUp},
        {QStringLiteral("topup-refund"), QStringLiteral("ENTRY"), CliTr::tr("Refund a top-up (principal only)"), cmdTopUpRefund},
        {QStringLiteral("redeem"), QStringLiteral("MEMBER --gift CODE"), CliTr::tr("Redeem points for a gift"), cmdRedeemGift},
        {QStringLiteral("points adjust"), QStringLiteral("MEMBER DELTA --reason TEXT"), CliTr::tr("Adjust a member's points"), cmdPointsAdjust},
        {QStringLiteral("coupon template add"), QStringLiteral("--code C --value V [--kind amount_off|percent_off|product] [--threshold A] [--cap A] [--sku S]… [--valid-days N] [--restore-on-return]"),
         CliTr::tr("Add or replace a coupon template"), cmdCouponTemplateAdd},
        {QStringLiteral("coupon issue"), QStringLiteral("TEMPLATE (MEMBER | --segment SEGMENT)"), CliTr::tr("Issue a coupon to a member or an RFM segment"), cmdCouponIssue},
        {QStringLiteral("coupon list"), QStringLiteral("[MEMBER]"), CliTr::tr("List coupon templates, or a member's coupons"), cmdCouponList},
        {QStringLiteral("countcard add"), QStringLiteral("MEMBER --sku SKU [--uses N] [--days D] [--name TEXT]"), CliTr::tr("Sell a count card"), cmdCountCardAdd},
        {QStringLiteral("countcard use"), QStringLiteral("ID"), CliTr::tr("Use a count card once"), cmdCountCardUse},
        {QStringLiteral("rules show"), QStringLiteral("[--version N]"), CliTr::tr("Show the loyalty rules"), cmdRulesShow},
        {QStringLiteral("rules set"), QStringLiteral("FILE.json"), CliTr::tr("Set the loyalty rules (a new version)"), cmdRulesSet},
        {QStringLiteral("tiers evaluate"), QString(), CliTr::tr("Run the daily tier, points-expiry and birthday-coupon jobs"), cmdTiersEvaluate},
        {QStringLiteral("report"), QStringLiteral("rfm|birthdays|dormant|liability|tiers|growth|campaign [--days N] [--segment S] [--window-days N] [--channel sms|email]"),
         CliTr::tr("Member reports"), cmdReport},
    };
}

} // namespace patron::cli
