#pragma once
// The seam over the print dialog. The reports page makes the A4 printer and asks a
// PrinterChooser to let the user pick where it prints; the page then paints the report on it
// (the same paintReport as the PDF export). Tests hand over a chooser that sends the printer to
// a PDF file, so the real print path runs without a modal dialog.

#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace patron::ui {

class PrinterChooser {
public:
    virtual ~PrinterChooser() = default;
    // Calls `accepted` (now or later, on the UI thread) once `printer` is set up; never after
    // a cancel.
    virtual void choose(QWidget* parent, const std::shared_ptr<QPrinter>& printer, std::function<void()> accepted) = 0;
};

// The platform's print dialog, window-modal and asynchronous (open(), not exec()): no nested
// event loop.
class QtPrinterChooser final : public PrinterChooser {
public:
    void choose(QWidget* parent, const std::shared_ptr<QPrinter>& printer, std::function<void()> accepted) override;
};

// Prints to a PDF file at `path` through QPrinter's own PDF engine, without asking. For tests.
class PdfFilePrinterChooser final : public PrinterChooser {
public:
    explicit PdfFilePrinterChooser(QString path) : m_path(std::move(path)) {}
    void choose(QWidget* parent, const std::shared_ptr<QPrinter>& printer, std::function<void()> accepted) override;
    int asked = 0;

private:
    QString m_path;
};

} // namespace patron::ui
