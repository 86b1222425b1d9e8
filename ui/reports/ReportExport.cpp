#include "reports/ReportExport.h"

#include "common/Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTableWidget>

namespace patron::ui {

struct ReportExportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::ReportsPage)
};

QByteArray tableCsv(const QTableWidget& t)
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < t.columnCount(); ++c)
        header << (t.horizontalHeaderItem(c) ? t.horizontalHeaderItem(c)->text() : QString());
    rows << header;
    for (int r = 0; r < t.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < t.columnCount(); ++c)
            row << (t.item(r, c) ? t.item(r, c)->text() : QString());
        rows << row;
    }
    return QByteArray("\xEF\xBB\xBF") + csvDocument(rows);
}

Result<void> saveCsv(const QTableWidget& table, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(tableCsv(table)) < 0 || !f.commit())
        return makeError(ErrorCode::IoError, ReportExportTr::tr("%1 could not be written: %2").arg(path, f.errorString()));
    return {};
}

bool paintReport(QPagedPaintDevice& device, const QString& title, const QList<QWidget*>& widgets)
{
    QPainter p;
    if (!p.begin(&device))
        return false;
    const QRect page = p.viewport();
    const int gap = page.height() / 60;
    QFont f = p.font();
    f.setPointSize(14);
    f.setBold(true);
    p.setFont(f);
    const int titleHeight = p.fontMetrics().height() * 2;
    p.drawText(QRect(0, 0, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    int y = titleHeight + gap;
    for (QWidget* w : widgets) {
        if (!w || w->width() <= 0 || w->height() <= 0)
            continue;
        const double scale = double(page.width()) / double(w->width());
        const int h = int(w->height() * scale);
        if (y + h > page.height() && y > 0) {
            device.newPage();
            y = 0;
        }
        p.save();
        p.translate(0, y);
        p.scale(scale, scale);
        w->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
        y += h + gap;
    }
    return p.end();
}

Result<void> savePdf(const QString& path, const QString& title, const QList<QWidget*>& widgets)
{
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Patron"));
        if (!paintReport(pdf, title, widgets))
            return makeError(ErrorCode::IoError, ReportExportTr::tr("%1 could not be written.").arg(path));
    }
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return makeError(ErrorCode::IoError, ReportExportTr::tr("%1 could not be written.").arg(path));
    return {};
}

} // namespace patron::ui
