#include "till/TillPrinter.h"

#include "devices/escpos/EscPosEncoder.h"
#include "devices/escpos/PrinterSettings.h"
#include "store/TillSettings.h"

namespace patron::ui {

TillPrinter::TillPrinter(TillSettings& settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    setState(configured() ? tr("Printer ready") : tr("No printer"));
    connect(&m_service, &PrinterService::finished, this, [this](const PrintOutcome& outcome) {
        setState(outcome.ok ? tr("Printer ready") : tr("Printer error"));
        emit printed(outcome.ok, outcome.ok ? QString() : outcome.error.message);
    });
}

bool TillPrinter::configured() const { return !m_settings.printerUri().isEmpty(); }

bool TillPrinter::print(const ReceiptDocument& doc, bool openDrawer)
{
    if (!configured())
        return false;
    EscPosEncoder encoder(printerProfileFromSettings(m_settings));
    PrintJob job;
    job.printerUri = m_settings.printerUri();
    EncodeOptions options;
    options.openDrawer = openDrawer;
    job.bytes = encoder.encode(doc, options);
    setState(tr("Printing…"));
    m_service.submit(std::move(job));
    return true;
}

void TillPrinter::setState(const QString& state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace patron::ui
