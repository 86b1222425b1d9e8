#include "reports/ReportTab.h"

#include "money/Money.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QTableWidget>

namespace patron::ui {

QString ReportTab::money(qint64 minor, const QString& currency) { return Money(minor, currency).toDisplayString(); }

QString ReportTab::percent(qint64 bp)
{
    const qint64 a = bp < 0 ? -bp : bp;
    return QStringLiteral("%1%2.%3%").arg(bp < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString ReportTab::quantity(qint64 milli)
{
    const qint64 a = milli < 0 ? -milli : milli;
    QString s = QString::number(a / 1000);
    if (a % 1000) {
        QString f = QStringLiteral("%1").arg(a % 1000, 3, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return milli < 0 ? u'-' + s : s;
}

QString ReportTab::change(qint64 now, qint64 before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("–") : tr("new");
    const qint64 bp = roundedDiv((now - before) * 10000, before < 0 ? -before : before);
    return (bp > 0 ? QStringLiteral("+") : QString()) + percent(bp);
}

void ReportTab::setHeaders(QTableWidget* table, const QStringList& headers, const QStringList& compared, bool compare)
{
    const QStringList all = compare ? headers + compared : headers;
    table->setColumnCount(int(all.size()));
    table->setHorizontalHeaderLabels(all);
}

QTableWidget* ReportTab::makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void ReportTab::setRows(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < table->columnCount(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->resizeColumnsToContents();
}

QChartView* ReportTab::makeChartView(const QString& objectName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The plot gets the space: no rounded frame or wide margins around it.
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 36, 4));  // room on the right for the last x label
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(320);
    return view;
}

} // namespace patron::ui
