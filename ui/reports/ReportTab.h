#pragma once
// ReportTab: one tab of the reports page. It says which report it shows, fills its charts and
// tables from a ReportBundle, and lists its tables (CSV export) and the widgets that make up
// its PDF. Helpers for the tables and money text the tabs share live here too.

#include "reports/ReportBundle.h"

#include <QWidget>

class QChart;
class QChartView;
class QTableWidget;

namespace patron::ui {

class ReportTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual ReportKind kind() const = 0;
    virtual QString title() const = 0;
    virtual void present(const ReportBundle& bundle) = 0;
    // A table the page can export: `name` makes the file name ("sales-by-category.csv"),
    // `caption` is what the manager picks it by.
    struct ExportTable {
        QString name;
        QString caption;
        QTableWidget* table;
    };
    virtual QList<ExportTable> tables() const = 0;
    // Charts and tables, in the order they go into a PDF.
    virtual QList<QWidget*> printables() const = 0;

protected:
    static QString money(qint64 minor, const QString& currency);
    static QString percent(qint64 bp);  // 1234 -> "12.34%"
    static QString quantity(qint64 milli);
    // The change from the previous period's figure to this one's, "+12.34%"; "new" when only
    // this period has one, "–" when neither has.
    static QString change(qint64 now, qint64 before);
    // The base headers, followed by `compared` when the previous period is shown: a table's
    // columns follow the compare box, so its CSV holds exactly what is on screen.
    static void setHeaders(QTableWidget* table, const QStringList& headers, const QStringList& compared, bool compare);
    // A read-only, sortable table with these headers, named for tests and export.
    static QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent);
    static void setRows(QTableWidget* table, const QList<QStringList>& rows);
    // A chart view with antialiasing and a title, for any chart.
    static QChartView* makeChartView(const QString& objectName, QWidget* parent);
    // Charts plot yuan as double: display only; every figure stored or exported stays integer fen.
    static double plotYuan(qint64 minor) { return double(minor) / 100.0; }
};

} // namespace patron::ui
