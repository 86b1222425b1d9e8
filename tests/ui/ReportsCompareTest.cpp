#include "ReportsShop.h"

#include "reports/PrinterChooser.h"
#include "reports/ReportRunner.h"

#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

// Pages of a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree).
int pdfPages(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromLatin1(f.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
}

qint64 fileSize(const QString& path) { return QFile(path).size(); }

} // namespace

TEST_CASE("The dashboard shows new members, top-ups and points beside the day before, with their trend", "[ui][reports]")
{
    useLanguage(QStringLiteral("en"));
    ReportsShop shop;
    ReportsPage* page = shop.page;
    REQUIRE(shop.run(ReportKind::Dashboard));  // 2 April 2026
    CHECK(shop.find<QLabel>(page, "kpi5")->text() == QStringLiteral("1"));  // 王五 joined
    CHECK(shop.find<QLabel>(page, "kpi6")->text().contains(QStringLiteral("1 / ")));
    CHECK(shop.find<QLabel>(page, "kpi6")->text().contains(QStringLiteral("600.00")));
    const QString topUpDetail = shop.find<QLabel>(page, "kpiBefore6")->text();
    CHECK(topUpDetail.contains(QStringLiteral("Principal")));
    CHECK(topUpDetail.contains(QStringLiteral("500.00")));
    CHECK(topUpDetail.contains(QStringLiteral("100.00")));
    CHECK(shop.find<QLabel>(page, "kpi7")->text() == QStringLiteral("503"));
    CHECK(shop.find<QLabel>(page, "kpi8")->text() == QStringLiteral("0"));
    // 1 April sold nothing and nobody joined: the change reads "new".
    CHECK(shop.find<QLabel>(page, "kpiBefore5")->text().contains(QStringLiteral("new")));
    CHECK(shop.find<QLabel>(page, "kpiBefore0")->text().contains(QStringLiteral("0.00")));

    auto* trend = shop.find<QTableWidget>(page, "trendTable");
    REQUIRE(trend->rowCount() == 30);
    REQUIRE(trend->columnCount() == 10);
    CHECK(shop.cell("trendTable", 0, 0) == QStringLiteral("2026-04-02"));
    CHECK(shop.cell("trendTable", 0, 4) == QStringLiteral("1"));
    CHECK(shop.cell("trendTable", 0, 5) == QStringLiteral("1"));
    CHECK(shop.cell("trendTable", 0, 6).contains(QStringLiteral("500.00")));
    CHECK(shop.cell("trendTable", 0, 7).contains(QStringLiteral("100.00")));
    CHECK(shop.cell("trendTable", 0, 8) == QStringLiteral("503"));
    // 14 March, 19 days earlier: M1 and M2 joined, M1 topped up ￥100 + ￥10 and earned 14.
    CHECK(shop.cell("trendTable", 19, 0) == QStringLiteral("2026-03-14"));
    CHECK(shop.cell("trendTable", 19, 4) == QStringLiteral("2"));
    CHECK(shop.cell("trendTable", 19, 6).contains(QStringLiteral("100.00")));
    CHECK(shop.cell("trendTable", 19, 7).contains(QStringLiteral("10.00")));
    CHECK(shop.cell("trendTable", 19, 8) == QStringLiteral("14"));
    // The 30 days before (2 February to 3 March) sold nothing: the second line is all zeros.
    CHECK(shop.cell("trendTable", 19, 3).contains(QStringLiteral("0.00")));
    QChart* chart = shop.find<QChartView>(page, "trendChart")->chart();
    REQUIRE(chart->series().size() == 2);
}

TEST_CASE("Compared with the previous period, the sales tables get previous and change columns", "[ui][reports]")
{
    useLanguage(QStringLiteral("en"));
    ReportsShop shop;
    ReportsPage* page = shop.page;
    // 15 March to 2 April (19 days) against 24 February to 14 March.
    shop.find<QDateEdit>(page, "fromDate")->setDate(QDate(2026, 3, 15));
    shop.find<QDateEdit>(page, "toDate")->setDate(QDate(2026, 4, 2));
    shop.find<QCheckBox>(page, "compare")->setChecked(true);
    REQUIRE(shop.run(ReportKind::Dashboard));  // whatever opening the page started has been shown
    QSignalSpy progress(page->findChild<ReportRunner*>(), &ReportRunner::progress);
    REQUIRE(shop.run(ReportKind::Sales));
    // The previous period's five breakdowns are steps of their own (progress and cancel).
    ReportRequest compared{ReportKind::Sales};
    compared.compare = true;
    CHECK(ReportRunner::steps(compared) == 12);
    REQUIRE(progress.size() == 12);
    CHECK(progress.last().at(0).toInt() == 12);

    auto* periods = shop.find<QTableWidget>(page, "periodTable");
    REQUIRE(periods->rowCount() == 19);
    REQUIRE(periods->columnCount() == 9);
    CHECK(shop.cell("periodTable", 0, 6) == QStringLiteral("2026-02-24"));
    CHECK(shop.cell("periodTable", 0, 8) == QStringLiteral("new"));  // ￥24.00 against nothing
    CHECK(shop.cell("periodTable", 18, 0) == QStringLiteral("2026-04-02"));
    CHECK(shop.cell("periodTable", 18, 6) == QStringLiteral("2026-03-14"));
    CHECK(shop.cell("periodTable", 18, 7).contains(QStringLiteral("16.00")));
    CHECK(shop.cell("periodTable", 18, 8) == QStringLiteral("-81.25%"));  // ￥3.00 against ￥16.00
    CHECK(shop.cell("periodTable", 5, 8) == QStringLiteral("–"));          // nothing either time

    // Categories: chips ￥24.00 against ￥8.00; cola ￥3.00 against ￥6.00; water sold only before.
    auto* categories = shop.find<QTableWidget>(page, "categoryTable");
    REQUIRE(categories->columnCount() == 8);
    REQUIRE(categories->rowCount() == 3);
    CHECK(shop.cell("categoryTable", 0, 0) == QStringLiteral("零食"));
    CHECK(shop.cell("categoryTable", 0, 6).contains(QStringLiteral("8.00")));
    CHECK(shop.cell("categoryTable", 0, 7) == QStringLiteral("+200.00%"));
    CHECK(shop.cell("categoryTable", 1, 7) == QStringLiteral("-50.00%"));
    CHECK(shop.cell("categoryTable", 2, 0) == QStringLiteral("(no category)"));
    CHECK(shop.cell("categoryTable", 2, 7) == QStringLiteral("-100.00%"));

    // Cashiers: admin ￥27.00 against ￥14.00; li sold only before.
    REQUIRE(shop.find<QTableWidget>(page, "cashierTable")->rowCount() == 2);
    CHECK(shop.cell("cashierTable", 0, 0) == QStringLiteral("admin"));
    CHECK(shop.cell("cashierTable", 0, 4) == QStringLiteral("+92.86%"));
    CHECK(shop.cell("cashierTable", 1, 0) == QStringLiteral("li"));
    CHECK(shop.cell("cashierTable", 1, 4) == QStringLiteral("-100.00%"));

    // Tenders: card is new; WeChat only before.
    auto* tenders = shop.find<QTableWidget>(page, "tenderTable");
    REQUIRE(tenders->columnCount() == 5);
    QStringList changes;
    for (int r = 0; r < tenders->rowCount(); ++r)
        changes << shop.cell("tenderTable", r, 0) + u'=' + shop.cell("tenderTable", r, 4);
    CHECK(changes.contains(QStringLiteral("Bank card=new")));
    CHECK(changes.contains(QStringLiteral("WeChat Pay=-100.00%")));

    // Both bar charts carry the previous period as a second set.
    for (const char* name : {"periodChart", "hourChart"}) {
        QChart* chart = shop.find<QChartView>(page, name)->chart();
        REQUIRE(chart->series().size() == 1);
        auto* bars = qobject_cast<QBarSeries*>(chart->series().first());
        REQUIRE(bars);
        CHECK(bars->count() == 2);
    }
    shop.screenshot(QStringLiteral("reports-sales-compare-en"));
    {
        // The same picture in Chinese, for docs/screenshots.
        useLanguage(QStringLiteral("zh_CN"));
        ReportsShop zh;
        zh.find<QDateEdit>(zh.page, "fromDate")->setDate(QDate(2026, 3, 15));
        zh.find<QDateEdit>(zh.page, "toDate")->setDate(QDate(2026, 4, 2));
        zh.find<QCheckBox>(zh.page, "compare")->setChecked(true);
        REQUIRE(zh.run(ReportKind::Sales));
        CHECK(zh.find<QTableWidget>(zh.page, "categoryTable")->columnCount() == 8);
        zh.screenshot(QStringLiteral("reports-sales-compare-zh_CN"));
        useLanguage(QStringLiteral("en"));
    }

    // Unticked, the tables go back to this period's columns only (and so does their CSV).
    shop.find<QCheckBox>(page, "compare")->setChecked(false);
    REQUIRE(shop.run(ReportKind::Sales));
    CHECK(periods->columnCount() == 6);
    CHECK(categories->columnCount() == 6);
    CHECK(tenders->columnCount() == 3);
    CHECK(qobject_cast<QBarSeries*>(shop.find<QChartView>(page, "periodChart")->chart()->series().first())->count() == 1);
}

TEST_CASE("Top and bottom N come from a spin box and compare with the months before", "[ui][reports]")
{
    useLanguage(QStringLiteral("en"));
    ReportsShop shop;
    ReportsPage* page = shop.page;
    auto* limit = shop.find<QSpinBox>(page, "topLimit");
    CHECK(limit->value() == 20);
    CHECK(limit->minimum() == 5);
    CHECK(limit->maximum() == 100);
    CHECK_FALSE(limit->isVisible());  // only the products tab ranks

    shop.find<QDateEdit>(page, "fromDate")->setDate(QDate(2026, 4, 1));
    shop.find<QDateEdit>(page, "toDate")->setDate(QDate(2026, 4, 2));
    shop.find<QCheckBox>(page, "compare")->setChecked(true);
    REQUIRE(shop.run(ReportKind::Products));
    CHECK(limit->isVisible());
    CHECK(shop.find<QLabel>(page, "topTitle")->text().contains(QStringLiteral("20")));

    QSignalSpy shown(page, &ReportsPage::reportShown);
    limit->setValue(5);  // runs the ranking again
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty() && !page->isBusy(); }, 20000));
    CHECK(shop.find<QLabel>(page, "topTitle")->text().contains(QStringLiteral("top 5")));
    CHECK(shop.find<QLabel>(page, "bottomTitle")->text().contains(QStringLiteral("bottom 5")));
    CHECK(shop.find<QLabel>(page, "rankedMonths")->text().contains(QStringLiteral("2026-03")));  // compared with March

    // April: only the cola sold (￥3.00); in March it made ￥6.00.
    auto* top = shop.find<QTableWidget>(page, "topProducts");
    REQUIRE(top->rowCount() == 1);
    REQUIRE(top->columnCount() == 7);
    CHECK(shop.cell("topProducts", 0, 0) == QStringLiteral("A1"));
    CHECK(shop.cell("topProducts", 0, 5).contains(QStringLiteral("6.00")));
    CHECK(shop.cell("topProducts", 0, 6) == QStringLiteral("-50.00%"));

    limit->setValue(1);
    CHECK(limit->value() == 5);
    limit->setValue(1000);
    CHECK(limit->value() == 100);
    REQUIRE(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
}

TEST_CASE("Print sends the report to an A4 printer: pages and charts, as in the PDF export", "[ui][reports]")
{
    useLanguage(QStringLiteral("en"));
    ReportsShop shop;
    ReportsPage* page = shop.page;
    REQUIRE(shop.run(ReportKind::Sales));
    const QString printed = shop.tmp.filePath(QStringLiteral("printed.pdf"));
    const QString exported = shop.tmp.filePath(QStringLiteral("exported.pdf"));
    auto chooser = std::make_unique<PdfFilePrinterChooser>(printed);
    PdfFilePrinterChooser* asked = chooser.get();
    page->setPrinterChooser(std::move(chooser));
    page->print();
    CHECK(asked->asked == 1);
    CHECK(shop.dialogs.warnings == 0);
    CHECK(shop.find<QLabel>(page, "reportStatus")->text() == QStringLiteral("Sent to the printer."));
    shop.files.answers = {exported};
    page->exportPdf();

    // The sales tab (summary, four charts, the heat map, four tables) takes more than one A4
    // page, on the printer as in the export; the charts make it far more than a few kilobytes.
    const int pages = pdfPages(printed);
    CHECK(pages >= 2);
    CHECK(pages == pdfPages(exported));
    CHECK(fileSize(printed) > 30 * 1024);
    QFile f(printed);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(4) == QByteArray("%PDF"));

    // The dashboard: tiles, the trend chart and its table.
    REQUIRE(shop.run(ReportKind::Dashboard));
    const QString dashboard = shop.tmp.filePath(QStringLiteral("dashboard.pdf"));
    page->setPrinterChooser(std::make_unique<PdfFilePrinterChooser>(dashboard));
    page->print();
    CHECK(pdfPages(dashboard) >= 1);
    CHECK(fileSize(dashboard) > 20 * 1024);

    // A printer that cannot start (here: a file in a missing folder) is said, not ignored.
    page->setPrinterChooser(std::make_unique<PdfFilePrinterChooser>(shop.tmp.filePath(QStringLiteral("missing/x.pdf"))));
    page->print();
    CHECK(shop.dialogs.warnings == 1);
    CHECK(shop.dialogs.last.contains(QStringLiteral("could not be started")));
}

TEST_CASE("Compared, the liability table shows each month end against the one before", "[ui][reports]")
{
    useLanguage(QStringLiteral("en"));
    ReportsShop shop;
    ReportsPage* page = shop.page;
    shop.find<QCheckBox>(page, "compare")->setChecked(true);
    REQUIRE(shop.run(ReportKind::Liability));
    auto* table = shop.find<QTableWidget>(page, "liabilityTable");
    REQUIRE(table->rowCount() == 12);
    REQUIRE(table->columnCount() == 8);
    CHECK(shop.cell("liabilityTable", 0, 0) == QStringLiteral("2025-05-31"));
    CHECK(shop.cell("liabilityTable", 0, 7) == QStringLiteral("–"));  // nothing owed then or before
    // 31 March: ￥100 + ￥10 stored value and 38 points (￥0.38), against nothing in February.
    CHECK(shop.cell("liabilityTable", 10, 5).contains(QStringLiteral("110.38")));
    CHECK(shop.cell("liabilityTable", 10, 7) == QStringLiteral("new"));
    // 2 April: ￥715.41 against ￥110.38.
    CHECK(shop.cell("liabilityTable", 11, 6).contains(QStringLiteral("110.38")));
    CHECK(shop.cell("liabilityTable", 11, 7) == QStringLiteral("+548.13%"));

    shop.find<QCheckBox>(page, "compare")->setChecked(false);
    REQUIRE(shop.run(ReportKind::Liability));
    CHECK(table->rowCount() == 12);
    CHECK(table->columnCount() == 6);
    CHECK(shop.cell("liabilityTable", 0, 0) == QStringLiteral("2025-05-31"));
}
