#pragma once
// Exporting what a report tab shows: a table as CSV (UTF-8 with BOM, so Excel opens Chinese
// text), a whole tab as an A4 PDF (QPdfWriter) or on the A4 printer, with its charts drawn by
// their own render() so they stay vector graphics.

#include "common/Result.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTableWidget;
class QWidget;

namespace patron::ui {

QByteArray tableCsv(const QTableWidget& table);
Result<void> saveCsv(const QTableWidget& table, const QString& path);
// Draws the title and each widget, scaled to the page width, starting a page when one is full.
// False when the device cannot be painted on (a printer that would not start, a file that
// cannot be created).
bool paintReport(QPagedPaintDevice& device, const QString& title, const QList<QWidget*>& widgets);
Result<void> savePdf(const QString& path, const QString& title, const QList<QWidget*>& widgets);

} // namespace patron::ui
