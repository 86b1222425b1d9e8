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

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

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
        return ctx.usage(Tr::tr("printer test takes one printer address, e.g. tcp://192.168.1.50:9100."));
    const TillSettings settings;
    const auto uri = printerUri(p.positionals().value(0), settings);
    if (!uri)
        return ctx.usage(Tr::tr("No printer given and none set up: printer test URI (tcp://, serial://, file://, cups://)."));
    PrinterProfile profile = printerProfileFromSettings(settings);
    if (p.has(QStringLiteral("columns"))) {
        const int columns = p.value(QStringLiteral("columns")).toInt();
        if (columns != 32 && columns != 48)
            return ctx.usage(Tr::tr("--columns must be 32 (58 mm paper) or 48 (80 mm paper)."));
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
    QString text = Tr::tr("Sent the test page to %1 (%2 bytes).").arg(*uri).arg(report->bytesSent);
    if (report->status.paperNearEnd)
        text += u'\n' + Tr::tr("The paper roll is nearly empty.");
    return ctx.ok(reportJson(*uri, *report), text);
}

int cmdDrawerOpen(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("printer"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (!p.positionals().isEmpty())
        return ctx.usage(Tr::tr("drawer open takes no arguments besides --printer URI."));
    const TillSettings settings;
    const auto uri = printerUri(p.value(QStringLiteral("printer")), settings);
    if (!uri)
        return ctx.usage(Tr::tr("No printer given and none set up: drawer open --printer URI."));
    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    if (!actor->can(perm::DrawerNoSale))
        return ctx.fail({ErrorCode::PermissionDenied,
                         Tr::tr("%1 may not open the drawer without a sale.").arg(actor->userName)});
    PrintJob job;
    job.printerUri = *uri;
    job.bytes = EscPosEncoder(printerProfileFromSettings(settings)).drawerKick();
    // The audit record and the pulse go together: the record commits only after the printer
    // took the pulse, and the write lock is held first so a busy or full store refuses the
    // open instead of leaving an unrecorded one.
    Result<PrintReport> report = makeError(ErrorCode::Internal, QString());
    auto done = guarded([&] {
        Transaction tx(ctx.store()->db());
        ctx.audit().append(actor->userName, QStringLiteral("drawer.nosale"), *uri,
                           {{QStringLiteral("printer"), *uri}});
        report = job.run();
        if (report)
            tx.commit();
    });
    if (!done)
        return ctx.fail(done.error());
    if (!report)
        return ctx.fail(report.error());
    return ctx.ok({{QStringLiteral("printer"), *uri}, {QStringLiteral("drawer_opened"), true},
                   {QStringLiteral("user"), actor->userName}},
                  Tr::tr("Opened the cash drawer on %1 (no sale, recorded for %2).").arg(*uri, actor->userName));
}

} // namespace

std::vector<Command> printerCommands()
{
    return {
        {QStringLiteral("printer test"), QStringLiteral("[URI] [--columns 32|48] [--charset gb18030|cp437|cp858] [--no-status]"),
         Tr::tr("Print a test page (Chinese and English text, barcode, QR code, cut)"), cmdPrinterTest},
        {QStringLiteral("drawer open"), QStringLiteral("[--printer URI]"),
         Tr::tr("Open the cash drawer without a sale (needs drawer.nosale; audited)"), cmdDrawerOpen},
    };
}

} // namespace patron::cli
