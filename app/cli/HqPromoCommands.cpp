// patron-cli hq promo add|list|end: promotions head office owns for every joined till. The
// options mirror the till's own `promo add`; the product is named by its code (the till's SKU)
// or the category by its path, which every till resolves to its own records when it pulls.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"
#include "HqCommandsCommon.h"

#include "hq/HqPromotions.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// Reads the promotion's terms from the options; a usage or input error goes out through `exit`.
std::optional<HqPromotion> promotionFrom(CliContext& ctx, const ArgParser& p, int* exit)
{
    HqPromotion pr;
    pr.code = p.value(QStringLiteral("code"));
    pr.terms.name = p.value(QStringLiteral("name"));
    if (!promotionKindFromCode(p.value(QStringLiteral("kind")), &pr.terms.kind)) {
        *exit = ctx.usage(CliTr::tr("--kind is percent, amount, multibuy or buy_x_get_y."));
        return std::nullopt;
    }
    pr.scope = p.has(QStringLiteral("sku")) ? PromotionScope::Product : PromotionScope::Category;
    pr.target = p.value(p.has(QStringLiteral("sku")) ? QStringLiteral("sku") : QStringLiteral("category"));
    const QString currency = p.value(QStringLiteral("currency"), QStringLiteral("CNY"));
    // --percent 20 is 20%: two decimals, so its minor units are basis points.
    if (p.has(QStringLiteral("percent"))) {
        auto m = Money::parse(p.value(QStringLiteral("percent")), QStringLiteral("CNY"));
        if (!m) {
            *exit = ctx.fail(m.error());
            return std::nullopt;
        }
        pr.terms.percentBp = int(m->minor());
    }
    for (const auto& [option, into] : {std::pair{QStringLiteral("amount"), &pr.terms.amountMinor},
                                       std::pair{QStringLiteral("bundle-price"), &pr.terms.bundlePriceMinor}}) {
        if (!p.has(option))
            continue;
        auto m = Money::parse(p.value(option), currency);
        if (!m) {
            *exit = ctx.fail(m.error());
            return std::nullopt;
        }
        *into = m->minor();
    }
    bool okBuy = true, okGet = true;
    pr.terms.buyQty = p.value(QStringLiteral("buy"), QStringLiteral("0")).toInt(&okBuy);
    pr.terms.getQty = p.value(QStringLiteral("get"), QStringLiteral("0")).toInt(&okGet);
    if (!okBuy || !okGet) {
        *exit = ctx.usage(CliTr::tr("--buy and --get take whole quantities."));
        return std::nullopt;
    }
    pr.terms.startsAt = QDateTime::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    pr.terms.endsAt = QDateTime::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if ((p.has(QStringLiteral("from")) && !pr.terms.startsAt.isValid())
        || (p.has(QStringLiteral("to")) && !pr.terms.endsAt.isValid())) {
        *exit = ctx.fail(
            {ErrorCode::InvalidInput, CliTr::tr("--from and --to take ISO dates such as 2026-12-01T00:00:00+08:00.")});
        return std::nullopt;
    }
    pr.terms.weekdays = p.value(QStringLiteral("weekdays"), QStringLiteral("1234567"));
    if (p.has(QStringLiteral("time"))) {
        const QStringList t = p.value(QStringLiteral("time")).split(u'-');
        if (t.size() == 2) {
            pr.terms.timeFrom = QTime::fromString(t[0], QStringLiteral("HH:mm"));
            pr.terms.timeTo = QTime::fromString(t[1], QStringLiteral("HH:mm"));
        }
        if (!pr.terms.timeFrom.isValid() || !pr.terms.timeTo.isValid()) {
            *exit = ctx.fail({ErrorCode::InvalidInput, CliTr::tr("--time takes HH:MM-HH:MM.")});
            return std::nullopt;
        }
    }
    pr.terms.memberOnly = p.has(QStringLiteral("member-only"));
    return pr;
}

int cmdPromoAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    for (const char* o : {"code", "name", "kind", "sku", "category", "percent", "amount", "buy", "get", "bundle-price",
                          "from", "to", "weekdays", "time", "currency"})
        p.option(QString::fromLatin1(o));
    p.flag(QStringLiteral("member-only"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq promo add"), {"code", "name", "kind"}, &exit))
        return exit;
    if (p.has(QStringLiteral("sku")) == p.has(QStringLiteral("category")))
        return ctx.usage(CliTr::tr("hq promo add needs one of --sku or --category."));
    auto pr = promotionFrom(ctx, p, &exit);
    if (!pr)
        return exit;
    if (auto r = HqPromotions(*conn).save(*pr); !r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("code"), pr->code}, {QStringLiteral("definition"), pr->definition()}},
                  CliTr::tr("Promotion %1 saved at head office; tills apply it after their next pull.").arg(pr->code));
}

int cmdPromoList(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.flag(QStringLiteral("all"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    auto rows = HqPromotions(*conn).list(p.has(QStringLiteral("all")));
    if (!rows)
        return ctx.fail(rows.error());
    QStringList text;
    for (const QJsonValue& v : *rows) {
        const QJsonObject o = v.toObject();
        const QJsonObject d = o[QStringLiteral("definition")].toObject();
        text << QStringLiteral("%1\t%2\t%3 %4%5")
                    .arg(o[QStringLiteral("code")].toString(), o[QStringLiteral("name")].toString(),
                         d[QStringLiteral("kind")].toString(), d[QStringLiteral("target")].toString(),
                         o[QStringLiteral("active")].toBool() ? QString() : CliTr::tr(" (ended)"));
    }
    return ctx.ok({{QStringLiteral("promotions"), *rows}}, text.isEmpty() ? CliTr::tr("(none)") : text.join(u'\n'));
}

int cmdPromoEnd(CliContext& ctx, const QStringList& args)
{
    ArgParser p = hqParser();
    p.option(QStringLiteral("code"));
    int exit = 0;
    auto conn = connectHq(ctx, p, args, &exit);
    if (!conn)
        return exit;
    if (!requireOptions(ctx, p, QStringLiteral("hq promo end"), {"code"}, &exit))
        return exit;
    const QString code = p.value(QStringLiteral("code"));
    if (auto r = HqPromotions(*conn).end(code); !r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("code"), code}, {QStringLiteral("active"), false}},
                  CliTr::tr("Promotion %1 ended at head office.").arg(code));
}
} // namespace

std::vector<Command> hqPromoCommands()
{
    const QString conn = QStringLiteral("[--dsn DSN] [--sslmode MODE] [--sslrootcert CA] [--sslcert CRT --sslkey KEY]");
    return {
        {QStringLiteral("hq promo add"),
         QStringLiteral("--code C --name N --kind percent|amount|multibuy|buy_x_get_y (--sku SKU | --category PATH) "
                        "[--percent P] [--amount A] [--buy N] [--get M] [--bundle-price P] [--from ISO] [--to ISO] "
                        "[--weekdays 1234567] [--time HH:MM-HH:MM] [--member-only] ") + conn,
         CliTr::tr("Create or replace a promotion for every till"), cmdPromoAdd},
        {QStringLiteral("hq promo list"), QStringLiteral("[--all] ") + conn,
         CliTr::tr("List head office's promotions (running ones unless --all)"), cmdPromoList},
        {QStringLiteral("hq promo end"), QStringLiteral("--code C ") + conn, CliTr::tr("End a promotion at every till"),
         cmdPromoEnd},
    };
}

} // namespace patron::cli
