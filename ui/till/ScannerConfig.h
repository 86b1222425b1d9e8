#pragma once
// ScannerConfig: this till's scanner settings as kept in the till's INI (TillSettings): the
// keyboard-wedge thresholds and prefix/suffix (ScanSettings), the store's member-card rules,
// and an optional serial scanner. JSON inside the INI so one key holds one settings object;
// absent keys mean the defaults.

#include "devices/scan/ScanClassifier.h"
#include "devices/scan/ScanRouter.h"
#include "devices/scan/SerialScanner.h"

#include <QStringList>

namespace patron {
class TillSettings;
}

namespace patron::ui {

struct ScannerConfig {
    ScanSettings scan;
    MemberCodeRules memberRules;
    QString serialPort;  // empty = no serial scanner
    qint32 serialBaud = 9600;

    // Reads the settings; a stored value that does not parse is replaced by its default and
    // described (translated) in `problems`, so the till still starts and says why.
    static ScannerConfig load(const TillSettings& settings, QStringList* problems = nullptr);
    void save(TillSettings& settings) const;
    SerialScannerSettings serial() const;
};

} // namespace patron::ui
