// patron-cli sale, refund, shift, report x|z, receipt render|print, promo add|list|end.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"
#include "HeadOfficeOwned.h"
#include "SalesStack.h"

#include "auth/Permissions.h"
#include "catalog/ScaleBarcode.h"
#include "devices/escpos/EscPosEncoder.h"
#include "devices/escpos/PrinterSettings.h"
#include "devices/transport/PrintJob.h"
#include "money/Money.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/PromotionService.h"
#include "sales/ReceiptBuilder.h"
#include "sales/ReturnService.h"
#include "sales/ShiftService.h"
#include "sales/receipt/ReceiptTextRenderer.h"
#include "store/StoreSettings.h"
#include "store/TillSettings.h"
#include "sync/HqReturnAuthority.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct SalesCliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// Opens the store, signs the user in and builds the selling services; an exit code on failure.
struct Prepared {
    Session session;
    std::unique_ptr<SalesStack> stack;
};

std::optional<int> prepare(CliContext& ctx, Prepared* out)
{
    if (auto exit = ctx.openAndSignIn(&out->session))
        return exit;
    out->stack = std::make_unique<SalesStack>(ctx);
    return std::nullopt;
}

Result<qint64> amountArg(const QString& text, const QString& currency)
{
    auto m = Money::parse(text, currency);
    if (!m)
        return m.error();
    return m->minor();
}

// "2", "0.525", "1.5" as thousandths.
Result<qint64> quantityArg(const QString& text)
{
    auto q = parseQuantityMilli(text);
    if (q && *q <= 0)
        return makeError(ErrorCode::InvalidInput, SalesCliTr::tr("A quantity must be more than zero."));
    return q;
}

int cmdSale(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("item")).option(QStringLiteral("member")).option(QStringLiteral("coupon")).option(QStringLiteral("pay"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.values(QStringLiteral("item")).isEmpty())
        return ctx.usage(SalesCliTr::tr("sale needs at least one --item CODE[*QTY][@PRICE]."));
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    SalesStack& st = *prep.stack;
    const QString currency = st.store.identity().currency;

    QList<TenderInput> tenders;
    for (const QString& pay : p.values(QStringLiteral("pay"))) {
        const int eq = pay.indexOf(u'=');
        const auto kind = tenderFromCode(pay.left(eq));
        if (eq < 0 || !kind)
            return ctx.usage(SalesCliTr::tr("--pay takes TENDER=AMOUNT[:REFERENCE] with TENDER one of cash, card, wechat, alipay, wallet, points, voucher (got \"%1\").").arg(pay));
        QString value = pay.mid(eq + 1);
        TenderInput t;
        t.kind = *kind;
        if (const int colon = value.indexOf(u':'); colon >= 0) {
            t.reference = value.mid(colon + 1);
            value = value.left(colon);
        }
        if (t.kind == TenderKind::Points) {
            bool ok = false;
            t.points = value.toLongLong(&ok);
            if (!ok || t.points <= 0)
                return ctx.fail({ErrorCode::InvalidInput, SalesCliTr::tr("points=N takes a whole number of points.")});
        } else {
            auto a = amountArg(value, currency);
            if (!a)
                return ctx.fail(a.error());
            t.amountMinor = *a;
        }
        tenders.append(t);
    }

    CartService carts(st.sales);
    auto cart = carts.openCart(prep.session);
    if (!cart)
        return ctx.fail(cart.error());
    if (!cart->isEmpty())
        return ctx.fail({ErrorCode::Conflict, SalesCliTr::tr("%1 has an open cart with %n line(s) at the till; pay or hold it first.", nullptr,
                                                             int(cart->lines.size())).arg(prep.session.userName)});
    const Uuid cartId = cart->uuid;
    auto failAndDiscard = [&](const Error& e) {
        (void)carts.discard(cartId, prep.session);
        return ctx.fail(e);
    };
    const auto layouts = ScaleLayout::listFromJson(StoreSettings(st.store.db(), *ctx.clock)
                                                        .text(QStringLiteral("catalog.scale_layouts")).toUtf8());
    const QList<ScaleLayout> scale = layouts && !layouts->isEmpty() ? *layouts : ScaleLayout::defaults();
    for (const QString& item : p.values(QStringLiteral("item"))) {
        QString code = item;
        std::optional<qint64> price;
        if (const int at = code.indexOf(u'@'); at >= 0) {
            auto a = amountArg(code.mid(at + 1), currency);
            if (!a)
                return failAndDiscard(a.error());
            price = *a;
            code = code.left(at);
        }
        qint64 qty = 1000;
        if (const int star = code.indexOf(u'*'); star >= 0) {
            auto q = quantityArg(code.mid(star + 1));
            if (!q)
                return failAndDiscard(q.error());
            qty = *q;
            code = code.left(star);
        }
        if (auto label = parseScaleLabel(code, scale)) {
            auto product = st.catalog.findByPlu(label->plu);
            if (!product)
                return failAndDiscard({ErrorCode::NotFound, SalesCliTr::tr("No product has the scale PLU %1.").arg(label->plu)});
            auto added = carts.addScaleLabel(cartId, *product, *label);
            if (!added)
                return failAndDiscard(added.error());
            continue;
        } else if (label.code() == ErrorCode::InvalidInput) {
            return failAndDiscard(label.error());
        }
        auto product = st.catalog.lookupCode(code);
        if (!product)
            return failAndDiscard(product.error());
        auto added = carts.addProduct(cartId, *product, qty, price, code);
        if (!added)
            return failAndDiscard(added.error());
    }
    if (p.has(QStringLiteral("member"))) {
        auto member = st.members.members().resolve(p.value(QStringLiteral("member")));
        if (!member)
            return failAndDiscard(member.error());
        auto attached = carts.attachMember(cartId, member->id);
        if (!attached)
            return failAndDiscard(attached.error());
    }
    if (!p.values(QStringLiteral("coupon")).isEmpty()) {
        auto c = carts.setCoupons(cartId, p.values(QStringLiteral("coupon")));
        if (!c)
            return failAndDiscard(c.error());
    }
    CheckoutService checkout(st.sales);
    if (tenders.isEmpty()) {
        auto q = checkout.quote(cartId);
        const qint64 due = q ? q->priced.totalMinor : 0;
        return failAndDiscard({ErrorCode::InvalidInput, SalesCliTr::tr("Nothing was paid: %1 is due. Add --pay TENDER=AMOUNT.")
                                                          .arg(Money(due, currency).toDisplayString())});
    }
    auto sale = checkout.pay(prep.session, cartId, tenders);
    if (!sale)
        return failAndDiscard(sale.error());
    QJsonObject o{{QStringLiteral("receipt_no"), sale->receiptNo},
                  {QStringLiteral("sale_uuid"), sale->uuid.toString()},
                  {QStringLiteral("total_minor"), sale->totalMinor},
                  {QStringLiteral("change_minor"), sale->changeMinor},
                  {QStringLiteral("points_earned"), sale->loyalty.pointsEarned},
                  {QStringLiteral("points_balance"), sale->loyalty.pointsBalance},
                  {QStringLiteral("wallet_balance_minor"), sale->loyalty.walletBalanceMinor}};
    return ctx.ok(o, SalesCliTr::tr("Sold: %1, total %2, change %3.")
                         .arg(sale->receiptNo, Money(sale->totalMinor, currency).toDisplayString(),
                              Money(sale->changeMinor, currency).toDisplayString()));
}

int cmdRefund(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("line")).option(QStringLiteral("reason")).option(QStringLiteral("receipt-total"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1 || !p.has(QStringLiteral("reason")))
        return ctx.usage(SalesCliTr::tr("refund needs RECEIPT and --reason R (and optionally --line N=QTY …)."));
    QList<ReturnItem> items;
    for (const QString& l : p.values(QStringLiteral("line"))) {
        const int eq = l.indexOf(u'=');
        bool ok = false;
        ReturnItem it;
        it.lineNo = (eq < 0 ? l : l.left(eq)).toInt(&ok);
        if (!ok || it.lineNo < 1)
            return ctx.usage(SalesCliTr::tr("--line takes N or N=QTY (got \"%1\").").arg(l));
        if (eq >= 0) {
            auto q = quantityArg(l.mid(eq + 1));
            if (!q)
                return ctx.fail(q.error());
            it.qtyMilli = *q;
        }
        items.append(it);
    }
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    // Another till's receipt: head office hands the sale over only with the total printed on it.
    std::optional<qint64> receiptTotal;
    if (p.has(QStringLiteral("receipt-total"))) {
        auto total = Money::parse(p.value(QStringLiteral("receipt-total")), prep.stack->store.identity().currency);
        if (!total)
            return ctx.fail(total.error());
        receiptTotal = total->minor();
    }
    // Joined to head office: another store's receipt is fetched there and the quantities are held
    // chain-wide (null: the till's own sales only).
    const auto authority = HqReturnAuthority::ifJoined(prep.stack->store.db(), *ctx.clock, ctx.outbox(),
                                                       prep.stack->store.identity(), prep.stack->headOffice);
    auto r = ReturnService(prep.stack->sales, authority.get())
                 .returnSale(prep.session, p.positionals().first(), items, p.value(QStringLiteral("reason")), QString(),
                             receiptTotal);
    if (!r)
        return ctx.fail(r.error());
    QJsonArray refunds;
    for (const RefundPart& part : r->refunds)
        refunds.append(QJsonObject{{QStringLiteral("tender"), part.tender}, {QStringLiteral("amount_minor"), part.amountMinor},
                                   {QStringLiteral("points"), part.points}});
    const QString currency = prep.stack->store.identity().currency;
    return ctx.ok({{QStringLiteral("receipt_no"), r->receiptNo},
                   {QStringLiteral("original_receipt_no"), r->originalReceiptNo},
                   {QStringLiteral("refund_minor"), r->refundMinor},
                   {QStringLiteral("refunds"), refunds},
                   {QStringLiteral("points_balance"), r->loyalty.pointsBalance}},
                  SalesCliTr::tr("Returned: %1 for %2, refund %3.")
                      .arg(r->receiptNo, r->originalReceiptNo, Money(r->refundMinor, currency).toDisplayString()));
}

QJsonObject shiftJson(const Shift& s)
{
    QJsonObject o{{QStringLiteral("shift_uuid"), s.uuid.toString()}, {QStringLiteral("cashier"), s.cashier},
                  {QStringLiteral("business_day"), s.businessDay.toString(Qt::ISODate)}, {QStringLiteral("opened_at"), s.openedAt},
                  {QStringLiteral("float_minor"), s.floatMinor}};
    if (!s.closedAt.isEmpty())
        o.insert(QStringLiteral("closed_at"), s.closedAt);
    if (s.countedMinor)
        o.insert(QStringLiteral("counted_minor"), *s.countedMinor);
    if (s.expectedMinor)
        o.insert(QStringLiteral("expected_minor"), *s.expectedMinor);
    return o;
}

int cmdShift(CliContext& ctx, const QStringList& args, const QString& action)
{
    ArgParser p;
    p.option(QStringLiteral("float")).option(QStringLiteral("counted")).option(QStringLiteral("reason"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    ShiftService shifts(prep.stack->sales);
    const QString currency = prep.stack->store.identity().currency;
    if (action == u"open") {
        auto f = amountArg(p.value(QStringLiteral("float"), QStringLiteral("0")), currency);
        if (!f)
            return ctx.fail(f.error());
        auto s = shifts.open(prep.session, *f);
        if (!s)
            return ctx.fail(s.error());
        return ctx.ok({{QStringLiteral("shift"), shiftJson(*s)}}, SalesCliTr::tr("Shift opened with a float of %1.").arg(Money(*f, currency).toDisplayString()));
    }
    if (action == u"close") {
        if (!p.has(QStringLiteral("counted")))
            return ctx.usage(SalesCliTr::tr("shift close needs --counted AMOUNT (the cash in the drawer)."));
        auto c = amountArg(p.value(QStringLiteral("counted")), currency);
        if (!c)
            return ctx.fail(c.error());
        auto s = shifts.close(prep.session, *c);
        if (!s)
            return ctx.fail(s.error());
        return ctx.ok({{QStringLiteral("shift"), shiftJson(*s)}, {QStringLiteral("difference_minor"), *s->countedMinor - *s->expectedMinor}},
                      SalesCliTr::tr("Shift closed: expected %1, counted %2.")
                          .arg(Money(*s->expectedMinor, currency).toDisplayString(), Money(*s->countedMinor, currency).toDisplayString()));
    }
    // cash-in / cash-out AMOUNT --reason R
    if (p.positionals().size() != 1 || !p.has(QStringLiteral("reason")))
        return ctx.usage(SalesCliTr::tr("shift %1 needs AMOUNT and --reason R.").arg(action));
    auto a = amountArg(p.positionals().first(), currency);
    if (!a)
        return ctx.fail(a.error());
    auto r = shifts.cashMovement(prep.session, action == u"cash-in", *a, p.value(QStringLiteral("reason")));
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("kind"), action == u"cash-in" ? QStringLiteral("in") : QStringLiteral("out")},
                   {QStringLiteral("amount_minor"), *a}},
                  SalesCliTr::tr("Recorded %1 %2.").arg(action, Money(*a, currency).toDisplayString()));
}

int cmdDayReport(CliContext& ctx, const QStringList& args, bool close)
{
    ArgParser p;
    p.option(QStringLiteral("day"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    if (!prep.session.can(perm::ShiftManage) && !prep.session.can(perm::ReportsView))
        return ctx.fail({ErrorCode::PermissionDenied, SalesCliTr::tr("%1 may not see day reports.").arg(prep.session.userName)});
    ShiftService shifts(prep.stack->sales);
    Result<DayReport> r = makeError(ErrorCode::Internal, QString());
    if (close && p.has(QStringLiteral("day")))
        r = shifts.storedZ(QDate::fromString(p.value(QStringLiteral("day")), Qt::ISODate));  // a closed day, again
    else
        r = close ? shifts.zReport(prep.session) : shifts.xReport();
    if (!r)
        return ctx.fail(r.error());
    const QString text = ReceiptTextRenderer::renderText(
        buildDayReportReceipt(*r, prep.stack->store.identity(), prep.session.userName, ctx.clock->now(),
                              prep.stack->store.identity().currency),
        48);
    return ctx.ok(r->toJson(), text);
}

Result<ReceiptDocument> receiptFor(CliContext& ctx, Prepared& prep, const QString& receiptNo, bool copy)
{
    return buildSaleReceipt(prep.stack->store.db(), *ctx.clock, prep.stack->store.identity(), receiptNo, copy);
}

int cmdReceiptRender(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("format")).option(QStringLiteral("out")).option(QStringLiteral("columns")).flag(QStringLiteral("copy"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    const QString format = p.value(QStringLiteral("format"), QStringLiteral("text"));
    if (p.positionals().size() != 1 || (format != u"text" && format != u"escpos"))
        return ctx.usage(SalesCliTr::tr("receipt render needs RECEIPT and --format text|escpos."));
    if (format == u"escpos" && !p.has(QStringLiteral("out")))
        return ctx.usage(SalesCliTr::tr("--format escpos writes printer bytes: give --out FILE."));
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    auto doc = receiptFor(ctx, prep, p.positionals().first(), p.has(QStringLiteral("copy")));
    if (!doc)
        return ctx.fail(doc.error());
    TillSettings settings;
    PrinterProfile profile = printerProfileFromSettings(settings);
    if (p.has(QStringLiteral("columns")))
        profile.columns = p.value(QStringLiteral("columns")).toInt() == 32 ? 32 : 48;
    QByteArray bytes = format == u"text" ? ReceiptTextRenderer::renderText(*doc, profile.columns).toUtf8()
                                         : EscPosEncoder(profile).encode(*doc, {});
    if (p.has(QStringLiteral("out"))) {
        QSaveFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return ctx.fail({ErrorCode::IoError, SalesCliTr::tr("Cannot write %1: %2").arg(p.value(QStringLiteral("out")), f.errorString())});
        return ctx.ok({{QStringLiteral("receipt_no"), doc->receiptNumber}, {QStringLiteral("format"), format},
                       {QStringLiteral("out"), p.value(QStringLiteral("out"))}, {QStringLiteral("bytes"), bytes.size()}},
                      SalesCliTr::tr("Wrote %1 (%2 bytes).").arg(p.value(QStringLiteral("out"))).arg(bytes.size()));
    }
    return ctx.ok({{QStringLiteral("receipt_no"), doc->receiptNumber}, {QStringLiteral("text"), QString::fromUtf8(bytes)}},
                  QString::fromUtf8(bytes));
}

int cmdReceiptPrint(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("printer")).flag(QStringLiteral("copy"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(SalesCliTr::tr("receipt print needs RECEIPT."));
    TillSettings settings;
    const QString uri = p.value(QStringLiteral("printer"), settings.printerUri());
    if (uri.isEmpty())
        return ctx.usage(SalesCliTr::tr("No printer given and none set up: receipt print RECEIPT --printer URI."));
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    auto doc = receiptFor(ctx, prep, p.positionals().first(), p.has(QStringLiteral("copy")));
    if (!doc)
        return ctx.fail(doc.error());
    PrintJob job;
    job.printerUri = uri;
    // A printed receipt never opens the drawer: the drawer opens for cash at the sale itself.
    job.bytes = EscPosEncoder(printerProfileFromSettings(settings)).encode(*doc, {});
    auto printed = job.run();
    if (!printed)
        return ctx.fail(printed.error());
    return ctx.ok({{QStringLiteral("receipt_no"), doc->receiptNumber}, {QStringLiteral("printer"), uri},
                   {QStringLiteral("copy"), p.has(QStringLiteral("copy"))}},
                  SalesCliTr::tr("Printed %1 on %2.").arg(doc->receiptNumber, uri));
}

QJsonObject promoJson(const Promotion& pr)
{
    return {{QStringLiteral("id"), pr.id},
            {QStringLiteral("name"), pr.name},
            {QStringLiteral("kind"), promotionKindCode(pr.kind)},
            {QStringLiteral("scope"), pr.scope == PromotionScope::Product ? QStringLiteral("product") : QStringLiteral("category")},
            {QStringLiteral("target_id"), pr.targetId},
            {QStringLiteral("percent_bp"), pr.percentBp},
            {QStringLiteral("amount_minor"), pr.amountMinor},
            {QStringLiteral("buy_qty"), pr.buyQty},
            {QStringLiteral("get_qty"), pr.getQty},
            {QStringLiteral("bundle_price_minor"), pr.bundlePriceMinor},
            {QStringLiteral("starts_at"), pr.startsAt.isValid() ? pr.startsAt.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("ends_at"), pr.endsAt.isValid() ? pr.endsAt.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("weekdays"), pr.weekdays},
            {QStringLiteral("member_only"), pr.memberOnly},
            {QStringLiteral("active"), pr.active}};
}

// Head office owns a joined till's promotions (they arrive by pull): one edited here would never
// reach the other tills and would be overwritten by head office's.
int cmdPromoAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    for (const char* o : {"name", "kind", "sku", "category", "percent", "amount", "buy", "get", "bundle-price", "from", "to", "weekdays", "time"})
        p.option(QString::fromLatin1(o));
    p.flag(QStringLiteral("member-only"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (!p.has(QStringLiteral("name")) || !p.has(QStringLiteral("kind")) || p.has(QStringLiteral("sku")) == p.has(QStringLiteral("category")))
        return ctx.usage(SalesCliTr::tr("promo add needs --name, --kind and one of --sku or --category."));
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Promotions))
        return *exit;
    SalesStack& st = *prep.stack;
    const QString currency = st.store.identity().currency;
    Promotion pr;
    pr.name = p.value(QStringLiteral("name"));
    if (!promotionKindFromCode(p.value(QStringLiteral("kind")), &pr.kind))
        return ctx.usage(SalesCliTr::tr("--kind is percent, amount, multibuy or buy_x_get_y."));
    if (p.has(QStringLiteral("sku"))) {
        auto product = st.catalog.lookupCode(p.value(QStringLiteral("sku")));
        if (!product)
            return ctx.fail(product.error());
        pr.scope = PromotionScope::Product;
        pr.targetId = product->id;
    } else {
        auto id = st.store.db().queryInt64("SELECT id FROM categories WHERE path = ?", p.value(QStringLiteral("category")));
        if (!id)
            return ctx.fail({ErrorCode::NotFound, SalesCliTr::tr("There is no category %1.").arg(p.value(QStringLiteral("category")))});
        pr.scope = PromotionScope::Category;
        pr.targetId = *id;
    }
    if (p.has(QStringLiteral("percent"))) {
        auto bp = amountArg(p.value(QStringLiteral("percent")), QStringLiteral("CNY"));  // two decimals = basis points / 100
        if (!bp)
            return ctx.fail(bp.error());
        pr.percentBp = int(*bp);
    }
    for (auto [name, target] : {std::pair{"amount", &pr.amountMinor}, std::pair{"bundle-price", &pr.bundlePriceMinor}}) {
        if (p.has(QString::fromLatin1(name))) {
            auto a = amountArg(p.value(QString::fromLatin1(name)), currency);
            if (!a)
                return ctx.fail(a.error());
            *target = *a;
        }
    }
    pr.buyQty = p.value(QStringLiteral("buy"), QStringLiteral("0")).toInt();
    pr.getQty = p.value(QStringLiteral("get"), QStringLiteral("0")).toInt();
    if (p.has(QStringLiteral("from")))
        pr.startsAt = QDateTime::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    if (p.has(QStringLiteral("to")))
        pr.endsAt = QDateTime::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if ((p.has(QStringLiteral("from")) && !pr.startsAt.isValid()) || (p.has(QStringLiteral("to")) && !pr.endsAt.isValid()))
        return ctx.fail({ErrorCode::InvalidInput, SalesCliTr::tr("--from and --to take ISO dates such as 2026-12-01T00:00:00+08:00.")});
    pr.weekdays = p.value(QStringLiteral("weekdays"), QStringLiteral("1234567"));
    if (p.has(QStringLiteral("time"))) {
        const QStringList t = p.value(QStringLiteral("time")).split(u'-');
        if (t.size() == 2) {
            pr.timeFrom = QTime::fromString(t[0], QStringLiteral("HH:mm"));
            pr.timeTo = QTime::fromString(t[1], QStringLiteral("HH:mm"));
        }
        if (!pr.timeFrom.isValid() || !pr.timeTo.isValid())
            return ctx.fail({ErrorCode::InvalidInput, SalesCliTr::tr("--time takes HH:MM-HH:MM.")});
    }
    pr.memberOnly = p.has(QStringLiteral("member-only"));
    auto added = PromotionService(st.sales).add(prep.session, pr);
    if (!added)
        return ctx.fail(added.error());
    return ctx.ok({{QStringLiteral("promotion"), promoJson(*added)}}, SalesCliTr::tr("Promotion %1 added (id %2).").arg(added->name).arg(added->id));
}

int cmdPromoList(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.flag(QStringLiteral("all"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    auto list = PromotionService(prep.stack->sales).list(!p.has(QStringLiteral("all")));
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    QString text;
    for (const Promotion& pr : *list) {
        arr.append(promoJson(pr));
        text += QStringLiteral("%1\t%2\t%3%4\n").arg(pr.id).arg(pr.name, promotionKindCode(pr.kind),
                                                      pr.active ? QString() : SalesCliTr::tr(" (ended)"));
    }
    return ctx.ok({{QStringLiteral("promotions"), arr}}, text.trimmed());
}

int cmdPromoEnd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    bool ok = false;
    const qint64 id = p.positionals().value(0).toLongLong(&ok);
    if (p.positionals().size() != 1 || !ok)
        return ctx.usage(SalesCliTr::tr("promo end needs the promotion's ID."));
    Prepared prep;
    if (auto exit = prepare(ctx, &prep))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Promotions))
        return *exit;
    auto r = PromotionService(prep.stack->sales).end(prep.session, id);
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("id"), id}, {QStringLiteral("active"), false}}, SalesCliTr::tr("Promotion %1 ended.").arg(id));
}

} // namespace

std::vector<Command> salesCommands()
{
    return {
        {QStringLiteral("sale"), QStringLiteral("--item CODE[*QTY][@PRICE] … [--member M] [--coupon ID …] --pay TENDER=AMOUNT[:REF] …"),
         SalesCliTr::tr("Sell: scan items, attach a member, pay (one transaction)"), cmdSale},
        {QStringLiteral("refund"), QStringLiteral("RECEIPT [--line N[=QTY] …] --reason R [--receipt-total AMOUNT]"),
         SalesCliTr::tr("Return lines of a sale to its original tenders"), cmdRefund},
        {QStringLiteral("shift open"), QStringLiteral("[--float AMOUNT]"), SalesCliTr::tr("Open a shift with a cash float"),
         [](CliContext& c, const QStringList& a) { return cmdShift(c, a, QStringLiteral("open")); }},
        {QStringLiteral("shift cash-in"), QStringLiteral("AMOUNT --reason R"), SalesCliTr::tr("Put cash into the drawer"),
         [](CliContext& c, const QStringList& a) { return cmdShift(c, a, QStringLiteral("cash-in")); }},
        {QStringLiteral("shift cash-out"), QStringLiteral("AMOUNT --reason R"), SalesCliTr::tr("Take cash out of the drawer"),
         [](CliContext& c, const QStringList& a) { return cmdShift(c, a, QStringLiteral("cash-out")); }},
        {QStringLiteral("shift close"), QStringLiteral("--counted AMOUNT"), SalesCliTr::tr("Close the shift with the counted cash"),
         [](CliContext& c, const QStringList& a) { return cmdShift(c, a, QStringLiteral("close")); }},
        {QStringLiteral("report x"), QString(), SalesCliTr::tr("The business day so far (X report; changes nothing)"),
         [](CliContext& c, const QStringList& a) { return cmdDayReport(c, a, false); }},
        {QStringLiteral("report z"), QStringLiteral("[--day D]"), SalesCliTr::tr("Close the business day (Z report), or show a closed day's again"),
         [](CliContext& c, const QStringList& a) { return cmdDayReport(c, a, true); }},
        {QStringLiteral("receipt render"), QStringLiteral("RECEIPT --format text|escpos [--out FILE] [--columns 32|48] [--copy]"),
         SalesCliTr::tr("Render a stored receipt as text or printer bytes"), cmdReceiptRender},
        {QStringLiteral("receipt print"), QStringLiteral("RECEIPT [--printer URI] [--copy]"), SalesCliTr::tr("Print (or reprint) a stored receipt"),
         cmdReceiptPrint},
        {QStringLiteral("promo add"),
         QStringLiteral("--name N --kind percent|amount|multibuy|buy_x_get_y (--sku S | --category PATH) [--percent P] [--amount A] "
                        "[--buy N] [--get N] [--bundle-price P] [--from ISO] [--to ISO] [--weekdays 1234567] [--time HH:MM-HH:MM] [--member-only]"),
         SalesCliTr::tr("Add a promotion"), cmdPromoAdd},
        {QStringLiteral("promo list"), QStringLiteral("[--all]"), SalesCliTr::tr("List promotions (running ones unless --all)"), cmdPromoList},
        {QStringLiteral("promo end"), QStringLiteral("ID"), SalesCliTr::tr("End a promotion"), cmdPromoEnd},
    };
}

} // namespace patron::cli
