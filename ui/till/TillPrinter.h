#pragma once
// The till's receipt printer: encodes a receipt for this till's printer profile and sends it
// through PrinterService's worker thread. A failure is reported for a reprint; the sale stands.

#include "devices/transport/PrinterService.h"
#include "sales/receipt/ReceiptDocument.h"

#include <QObject>

namespace patron {
class TillSettings;
}

namespace patron::ui {

class TillPrinter : public QObject {
    Q_OBJECT
public:
    explicit TillPrinter(TillSettings& settings, QObject* parent = nullptr);
    bool configured() const;
    // Queues the receipt; false when no printer is configured.
    bool print(const ReceiptDocument& doc, bool openDrawer);
    QString stateText() const { return m_state; }  // for the status bar

signals:
    void printed(bool ok, const QString& message);
    void stateChanged(const QString& state);

private:
    void setState(const QString& state);

    TillSettings& m_settings;
    PrinterService m_service;
    QString m_state;
};

} // namespace patron::ui
