#include "ReportsShop.h"

#include "reports/MembersTab.h"
#include "reports/ReportRunner.h"
#include "reports/ReportsPage.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;


TEST_CASE("The reports page runs the dashboard and sales on a worker and exports CSV and PDF", "[ui][reports]")
{
    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        useLanguage(lang);
        ReportsShop shop;
        ReportsPage* page = shop.page;
        // The default range is the last 30 days up to the clock's today, 2 April 2026.
        CHECK(shop.find<QDateEdit>(page, "fromDate")->date() == QDate(2026, 3, 4));
        CHECK(shop.find<QDateEdit>(page, "toDate")->date() == QDate(2026, 4, 2));

        REQUIRE(shop.run(ReportKind::Dashboard));
        CHECK(shop.find<QLabel>(page, "kpi0")->text().contains(QStringLiteral("3.00")));  // net sales on 2 April
        CHECK(shop.find<QLabel>(page, "kpi1")->text() == QStringLiteral("1"));
        auto* trend = shop.find<QTableWidget>(page, "trendTable");
        CHECK(trend->rowCount() == 30);
        CHECK(trend->item(0, 0)->text() == QStringLiteral("2026-04-02"));  // newest first
        shop.screenshot(QStringLiteral("reports-dashboard-%1").arg(lang));

        shop.find<QCheckBox>(page, "compare")->setChecked(true);
        REQUIRE(shop.run(ReportKind::Sales));
        CHECK(shop.cell("categoryTable", 0, 0) == QStringLiteral("零食"));
        CHECK(shop.cell("categoryTable", 0, 2).contains(QStringLiteral("32.00")));
        CHECK(shop.cell("categoryTable", 0, 5) == QStringLiteral("37.50%"));
        CHECK(shop.find<QTableWidget>(page, "periodTable")->rowCount() == 30);
        CHECK(shop.find<QTableWidget>(page, "cashierTable")->rowCount() == 2);
        CHECK(shop.find<QLabel>(page, "salesSummary")->text().contains(QStringLiteral("2026-02-02")));  // previous period
        shop.screenshot(QStringLiteral("reports-sales-%1").arg(lang));

        const QString csv = shop.tmp.filePath(QStringLiteral("categories.csv"));
        const QString pdf = shop.tmp.filePath(QStringLiteral("sales.pdf"));
        shop.files.answers = {csv, pdf};
        const int categories = int(page->csvTables().indexOf(QStringLiteral("sales-by-category")));
        REQUIRE(categories >= 0);
        // The manager picks the table by a translated caption; the file name stays the export name.
        auto* choice = shop.find<QComboBox>(page, "csvTable");
        CHECK(choice->itemData(categories).toString() == QStringLiteral("sales-by-category"));
        CHECK(choice->itemText(categories)
              == (lang == u"zh_CN" ? QStringLiteral("按分类销售") : QStringLiteral("Sales by category")));
        page->exportCsv(categories);
        page->exportPdf();
        CHECK(shop.dialogs.count == 0);
        QFile csvFile(csv);
        REQUIRE(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        CHECK(csvText.contains(QStringLiteral("零食")));
        CHECK(csvText.contains(QStringLiteral("饮料/碳酸饮料")));
        QFile pdfFile(pdf);
        REQUIRE(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        CHECK(pdfBytes.startsWith("%PDF"));
        CHECK(pdfBytes.size() > 1024);
    }
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("The reports page shows the RFM pyramid with a drill-down and the liability over time", "[ui][reports]")
{
    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        useLanguage(lang);
        ReportsShop shop;
        ReportsPage* page = shop.page;
        REQUIRE(shop.run(ReportKind::Members));
        CHECK(shop.find<QTableWidget>(page, "tierTable")->rowCount() == 3);
        CHECK(shop.find<QLabel>(page, "repeatRate")->text().contains(QStringLiteral("50.00%")));
        // 王五 (born 10 April) has a birthday in 8 days; everyone came or joined within 90 days.
        REQUIRE(shop.find<QTableWidget>(page, "birthdayMembers")->rowCount() == 1);
        CHECK(shop.cell("birthdayMembers", 0, 0) == QStringLiteral("王五"));
        CHECK(shop.cell("birthdayMembers", 0, 3) == QStringLiteral("2026-04-10"));
        CHECK(shop.cell("birthdayMembers", 0, 4) == QStringLiteral("8"));
        CHECK(shop.find<QTableWidget>(page, "dormantMembers")->rowCount() == 0);
        CHECK(page->csvTables().contains(QStringLiteral("member-birthdays")));
        CHECK(page->csvTables().contains(QStringLiteral("dormant-members")));

        // What a click on the 重要挽留 bar does.
        QSignalSpy spy(page, &ReportsPage::reportShown);
        auto* members = shop.find<MembersTab>(page, "membersTab");
        emit members->segmentRequested(RfmSegment::ImportantRetain);
        REQUIRE(QTest::qWaitFor([&] { return !spy.isEmpty() && !page->isBusy(); }, 20000));
        REQUIRE(shop.find<QTableWidget>(page, "rfmMembers")->rowCount() == 1);
        CHECK(shop.cell("rfmMembers", 0, 0) == QStringLiteral("李四"));
        CHECK(shop.cell("rfmMembers", 0, 1) == QStringLiteral("138****0002"));
        // The picture is of the pyramid and its drill-down, below the growth and tier charts.
        auto* pyramid = shop.find<QChartView>(page, "rfmChart");
        for (QWidget* w = pyramid; w; w = w->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                QTest::qWait(50);  // the content is laid out on a posted request
                scroll->verticalScrollBar()->setValue(pyramid->y());
                break;
            }
        shop.screenshot(QStringLiteral("reports-rfm-%1").arg(lang));

        REQUIRE(shop.run(ReportKind::Liability));
        auto* table = shop.find<QTableWidget>(page, "liabilityTable");
        REQUIRE(table->rowCount() == 12);
        CHECK(shop.cell("liabilityTable", 10, 0) == QStringLiteral("2026-03-31"));
        CHECK(shop.cell("liabilityTable", 10, 1).contains(QStringLiteral("100.00")));
        CHECK(shop.cell("liabilityTable", 11, 5).contains(QStringLiteral("715.41")));
        shop.screenshot(QStringLiteral("reports-liability-%1").arg(lang));
    }
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("A report can be cancelled and a reversed range is refused", "[ui][reports]")
{
    useLanguage(QStringLiteral("en"));
    ReportsShop shop;
    ReportsPage* page = shop.page;
    shop.find<QDateEdit>(page, "fromDate")->setDate(QDate(2026, 4, 5));
    shop.find<QDateEdit>(page, "toDate")->setDate(QDate(2026, 4, 1));
    page->runCurrent();
    CHECK_FALSE(page->isBusy());
    CHECK(shop.find<QLabel>(page, "reportStatus")->text().contains(QStringLiteral("2026-04-05")));

    page->setQuickRange(ReportsPage::QuickRange::LastMonth);
    CHECK(shop.find<QDateEdit>(page, "fromDate")->date() == QDate(2026, 3, 1));
    CHECK(shop.find<QDateEdit>(page, "toDate")->date() == QDate(2026, 3, 31));
    QSignalSpy spy(page, &ReportsPage::reportShown);
    page->showTab(ReportKind::Sales);
    page->cancel();
    REQUIRE(QTest::qWaitFor([&] { return !spy.isEmpty() && !page->isBusy(); }, 20000));
    // Either the cancel arrived in time, or the report had already finished: never both.
    const bool ok = spy.last().at(1).toBool();
    const QString status = shop.find<QLabel>(page, "reportStatus")->text();
    CHECK(ok != (status == QStringLiteral("Cancelled.")));
}

TEST_CASE("Sales by week and by month; members away for 90 days", "[ui][reports]")
{
    useLanguage(QStringLiteral("en"));
    ReportsShop shop;
    ReportsPage* page = shop.page;
    auto* period = shop.find<QComboBox>(page, "salesPeriod");
    // 4 March (a Wednesday) to 2 April: weeks 10 to 14, the first and last ones partial.
    period->setCurrentIndex(period->findData(int(SalesPeriod::Week)));
    auto* runner = page->findChild<ReportRunner*>();
    REQUIRE(runner);
    REQUIRE(shop.run(ReportKind::Dashboard));  // whatever opening the page started has been shown
    QSignalSpy progress(runner, &ReportRunner::progress);
    REQUIRE(shop.run(ReportKind::Sales));
    // One step per query, reported as the worker finishes it.
    REQUIRE(progress.size() == ReportRunner::steps(ReportRequest{ReportKind::Sales}));
    for (int i = 0; i < progress.size(); ++i) {
        CHECK(progress[i].at(0).toInt() == i + 1);
        CHECK(progress[i].at(1).toInt() == 7);
    }
    auto* table = shop.find<QTableWidget>(page, "periodTable");
    REQUIRE(table->rowCount() == 5);
    QStringList weeks;
    for (int row = 0; row < table->rowCount(); ++row)
        weeks << table->item(row, 0)->text();
    weeks.sort();
    CHECK(weeks == QStringList{QStringLiteral("2026-W10"), QStringLiteral("2026-W11"), QStringLiteral("2026-W12"),
                               QStringLiteral("2026-W13"), QStringLiteral("2026-W14")});
    period->setCurrentIndex(period->findData(int(SalesPeriod::Month)));
    REQUIRE(shop.run(ReportKind::Sales));
    CHECK(table->rowCount() == 2);

    // A hundred days on, nobody has come back: all three members are dormant.
    shop.clock->advanceDays(100);
    REQUIRE(shop.run(ReportKind::Members));
    CHECK(shop.find<QTableWidget>(page, "dormantMembers")->rowCount() == 3);
    CHECK(shop.find<QLabel>(page, "dormantTitle")->text().contains(QStringLiteral("90")));
    CHECK(shop.find<QTableWidget>(page, "birthdayMembers")->rowCount() == 0);
}
