#include "reports/PrinterChooser.h"

#include <QPrintDialog>
#include <QPrinter>

namespace patron::ui {

void QtPrinterChooser::choose(QWidget* parent, const std::shared_ptr<QPrinter>& printer, std::function<void()> accepted)
{
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The lambda holds the printer: it outlives the dialog's use of it.
    QObject::connect(dialog, &QDialog::accepted, dialog, [printer, accepted = std::move(accepted)] { accepted(); });
    dialog->open();
}

void PdfFilePrinterChooser::choose(QWidget*, const std::shared_ptr<QPrinter>& printer, std::function<void()> accepted)
{
    ++asked;
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(m_path);
    accepted();
}

} // namespace patron::ui
