// patron-cli printer test | drawer open: check a receipt printer and open the cash drawer
// without a sale (permission drawer.nosale, audited).

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"

#include "auth/Permissions.h"
#include "devices/escpos/EscPosEncoder.h"
#include "devices/escpos/PrinterSettings.h"
#include "devices/transport/PrintJob.h"
#include "sales/receipt/PrinterTestPage.h"
#include "store/Database.h"
#include "store/TillSettings.h"

#include <QCoreApplication>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// The printer address: the command line, else the till settings; usage error when neither.
std::optional<QString> printerUri(const QString& given, const TillSettings& settings)
{
    const QString uri = given.isEmpty() ? settings.printerUri() : given;
    if (uri.isEmpty())
        return std::nullopt;
    return uri;
}

QJsonObject reportJson(const QString& uri, const PrintReport& r)
{
    return {{QStringLiteral("printer"), uri},
            {QStringLiteral("bytes_sent"), r.bytesSent},
            {QStringLiteral("status_known"), r.status.answered},
            {QStringLiteral("paper_near_end"), r.status.paperNearEnd}};
}

int cmdPrinterTest(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("columns")).option(QStringLiteral("charset")).flag(QStringLiteral("no-status"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() > 1)
        return ctx.usage(CliTr::tr("printer test takes one printer address, e.g. tcp://192.168.1.50:9100."));
    const TillSettings settings;
    const auto uri = printerUri(p.positionals().value(0), settings);
    if (!uri)
        return ctx.usage(CliTr::tr("No printer given and none set up: printer test URI (tcp://, serial://, file://, cups://)."));
    PrinterProfile profile = printerProfileFromSettings(settings);
    if (p.has(QStringLiteral("columns"))) {
        const int columns = p.value(QStringLiteral("columns")).toInt();
        if (columns != 32 && columns != 48)
            return ctx.usage(CliTr::tr("--columns must be 32 (58 mm paper) or 48 (80 mm paper)."));
        profile = profile.charset == PrinterProfile::Charset::Gb18030 ? PrinterProfile::chinese(columns)
                                                                      : PrinterProfile::latin(columns, profile.charset);
    }
    if (p.has(QStringLiteral("charset"))) {
        auto charset = PrinterProfile::parseCharset(p.value(QStringLiteral("charset")));
        if (!charset)
            return ctx.usage(charset.message());
        profile = *charset == PrinterProfile::Charset::Gb18030 ? PrinterProfile::chinese(profile.columns)
                                                               : PrinterProfile::latin(profile.columns, *charset);
    }
    PrintJob job;
    job.printerUri = *uri;
    job.queryStatus = !p.has(QStringLiteral("no-status"));
    job.bytes = EscPosEncoder(profile).encode(makePrinterTestPage(profile.columns, ctx.clock->now()));
    auto report = job.run();
    if (!report)
        return ctx.fail(report.error());
    QString text = CliTr::tr("Sent the test page to %1 (%2 bytes).").arg(*uri).arg(report->bytesSent);
    if (report->status.paperNearEnd)
        text += u'\n' + CliTr::tr("The paper roll is nearly empty.");
    return ctx.ok(reportJson(*uri, *report), text);
}

int cmdDrawerOpen(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("printer"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (!p.positionals().isEmpty())
        return ctx.usage(CliTr::tr("drawer open takes no arguments besides --printer URI."));
    const TillSettings settings;
    const auto uri = printerUri(p.value(QStringLiteral("printer")), settings);
    if (!uri)
        return ctx.usage(CliTr::tr("No printer given and none set up: drawer open --printer URI."));
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    if (!actor->can(perm::DrawerNoSale))
        return ctx.fail({ErrorCode::PermissionDenied,
                         CliTr::tr("%1 may not open the drawer without a sale.").arg(actor->userName)});
    PrintJob job;
    job.printerUri = *uri;
    job.bytes = EscPosEncoder(printerProfileFromSettings(settings)).drawerKick();
    // The audit record commits before the pulse is sent, so a drawer can never open without a
    // record; the write lock is not held while the printer is talked to (that could stall the
    // till's checkout for the whole network timeout). A pulse that fails is recorded too.
    auto recorded = guarded([&] {
        Transaction tx(ctx.store()->db());
        ctx.audit().append(actor->userName, QStringLiteral("drawer.nosale"), *uri, {{QStringLiteral("printer"), *uri}});
        tx.commit();
    });
    if (!recorded)
        return ctx.fail(recorded.error());
    Result<PrintReport> report = job.run();
    if (!report) {
        (void)guarded([&] {
            Transaction tx(ctx.store()->db());
            ctx.audit().append(actor->userName, QStringLiteral("drawer.nosale_failed"), *uri,
                               {{QStringLiteral("error"), report.message()}});
            tx.commit();
        });
        return ctx.fail(report.error());
    }
    return ctx.ok({{QStringLiteral("printer"), *uri}, {QStringLiteral("drawer_opened"), true},
                   {QStringLiteral("user"), actor->userName}},
                  CliTr::tr("Opened the cash drawer on %1 (no sale, recorded for %2).").arg(*uri, actor->userName));
}

} // namespace

std::vector<Command> printerCommands()
{
    return {
        {QStringLiteral("printer test"), QStringLiteral("[URI] [--columns 32|48] [--charset gb18030|cp437|cp858] [--no-status]"),
         CliTr::tr("Print a test page (Chinese and English text, barcode, QR code, cut)"), cmdPrinterTest},
        {QStringLiteral("drawer open"), QStringLiteral("[--printer URI]"),
         CliTr::tr("Open the cash drawer without a sale (needs drawer.nosale; audited)"), cmdDrawerOpen},
    };
}

} // namespace patron::cli
