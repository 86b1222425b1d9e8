#include "devices/transport/PrinterUri.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PrinterUriTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrinterUri)
};

namespace {

Error badUri(const QString& text, const QString& why)
{
    return makeError(ErrorCode::InvalidInput, PrinterUriTr::tr("The printer address \"%1\" is not valid: %2").arg(text, why));
}
} // namespace

Result<PrinterUri> PrinterUri::parse(const QString& input)
{
    const QString text = input.trimmed();
    const qsizetype sep = text.indexOf(QLatin1String("://"));
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, PrinterUriTr::tr("No receipt printer is set up."));
    if (sep <= 0)
        return badUri(text, PrinterUriTr::tr("it needs a scheme such as tcp://, serial://, file:// or cups://."));
    const QString scheme = text.left(sep).toLower();
    QString rest = text.mid(sep + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    PrinterUri uri;
    if (scheme == u"tcp") {
        const QUrl url(QStringLiteral("tcp://") + rest);
        if (!url.isValid() || url.host().isEmpty())
            return badUri(text, PrinterUriTr::tr("it needs a host name or IP address."));
        const int port = url.port(9100);
        if (port <= 0 || port > 65535)
            return badUri(text, PrinterUriTr::tr("the port must be between 1 and 65535."));
        uri.kind = Kind::Tcp;
        uri.host = url.host();
        uri.port = quint16(port);
        return uri;
    }
    if (scheme == u"serial") {
        uri.kind = Kind::Serial;
        uri.path = rest;
        if (uri.path.isEmpty())
            return badUri(text, PrinterUriTr::tr("it needs a serial port such as /dev/ttyUSB0 or COM3."));
        const QUrlQuery q(query);
        if (q.hasQueryItem(QStringLiteral("baud"))) {
            bool ok = false;
            uri.baud = q.queryItemValue(QStringLiteral("baud")).toInt(&ok);
            if (!ok || uri.baud < 1200 || uri.baud > 921600)
                return badUri(text, PrinterUriTr::tr("the baud rate must be a number such as 9600 or 115200."));
        }
        const QString flow = q.queryItemValue(QStringLiteral("flow")).toLower();
        if (flow.isEmpty() || flow == u"none")
            uri.flow = Flow::None;
        else if (flow == u"rtscts")
            uri.flow = Flow::RtsCts;
        else if (flow == u"xonxoff")
            uri.flow = Flow::XonXoff;
        else
            return badUri(text, PrinterUriTr::tr("flow must be none, rtscts or xonxoff."));
        return uri;
    }
    if (scheme == u"file") {
        uri.kind = Kind::DeviceFile;
        uri.path = QUrl::fromPercentEncoding(rest.toUtf8());
        if (uri.path.isEmpty())
            return badUri(text, PrinterUriTr::tr("it needs a device path such as /dev/usb/lp0."));
        return uri;
    }
    if (scheme == u"cups" || scheme == u"winspool") {
        uri.kind = scheme == u"cups" ? Kind::Cups : Kind::WindowsSpooler;
        uri.queue = QUrl::fromPercentEncoding(rest.toUtf8());
        if (uri.queue.isEmpty())
            return badUri(text, PrinterUriTr::tr("it needs a printer queue name."));
        return uri;
    }
    return badUri(text, PrinterUriTr::tr("the scheme \"%1\" is not one of tcp, serial, file, cups, winspool.").arg(scheme));
}

QString PrinterUri::toString() const
{
    switch (kind) {
    case Kind::Tcp: return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
    case Kind::Serial: {
        static const char* flows[] = {"none", "rtscts", "xonxoff"};
        return QStringLiteral("serial://%1?baud=%2&flow=%3").arg(path).arg(baud).arg(QLatin1String(flows[int(flow)]));
    }
    case Kind::DeviceFile: return QStringLiteral("file://") + path;
    case Kind::Cups: return QStringLiteral("cups://") + queue;
    case Kind::WindowsSpooler: return QStringLiteral("winspool://") + queue;
    }
    return QString();
}

} // namespace patron
