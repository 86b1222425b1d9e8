#include "till/ScannerConfig.h"

#include "store/TillSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace patron::ui {

struct ScannerConfigTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::ScannerConfig)
};

namespace {
const QString kScanKey = QStringLiteral("scanner/settings");
const QString kMemberKey = QStringLiteral("scanner/memberRules");
const QString kPortKey = QStringLiteral("scanner/serialPort");
const QString kBaudKey = QStringLiteral("scanner/serialBaud");
const QList<qint32> kBauds{1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};

// The JSON object stored under `key`; nullopt (and a problem) when it is there but not an object.
std::optional<QJsonObject> storedObject(const TillSettings& settings, const QString& key, QStringList* problems)
{
    const QString text = settings.value(key).toString();
    if (text.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problems)
            *problems << ScannerConfigTr::tr("The till setting %1 is not valid JSON; the defaults are used.").arg(key);
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

ScannerConfig ScannerConfig::load(const TillSettings& settings, QStringList* problems)
{
    ScannerConfig c;
    if (auto json = storedObject(settings, kScanKey, problems)) {
        auto scan = ScanSettings::fromJson(*json);
        if (scan)
            c.scan = *scan;
        else if (problems)
            *problems << ScannerConfigTr::tr("Scanner settings: %1 The defaults are used.").arg(scan.message());
    }
    if (auto json = storedObject(settings, kMemberKey, problems)) {
        auto rules = MemberCodeRules::fromJson(*json);
        if (rules)
            c.memberRules = *rules;
        else if (problems)
            *problems << ScannerConfigTr::tr("Member card rules: %1 The defaults are used.").arg(rules.message());
    }
    c.serialPort = settings.value(kPortKey).toString().trimmed();
    const qint32 baud = settings.value(kBaudKey, 9600).toInt();
    if (kBauds.contains(baud))
        c.serialBaud = baud;
    else if (problems)
        *problems << ScannerConfigTr::tr("The scanner's baud rate %1 is not supported; 9600 is used.").arg(baud);
    return c;
}

void ScannerConfig::save(TillSettings& settings) const
{
    settings.setValue(kScanKey, QString::fromUtf8(QJsonDocument(scan.toJson()).toJson(QJsonDocument::Compact)));
    settings.setValue(kMemberKey, QString::fromUtf8(QJsonDocument(memberRules.toJson()).toJson(QJsonDocument::Compact)));
    settings.setValue(kPortKey, serialPort);
    settings.setValue(kBaudKey, serialBaud);
    settings.sync();
}

SerialScannerSettings ScannerConfig::serial() const
{
    return SerialScannerSettings{serialPort, serialBaud, scan.prefix, scan.suffix};
}

} // namespace patron::ui
