#pragma once
// The back office opened on the reports page over the reports data set (tests/reports), with
// helpers to run a tab's report and read its tables. Shared by the reports page tests.

#include "BackOfficeFixture.h"
#include "../reports/ReportsDataSet.h"

#include "reports/ReportsPage.h"

#include <QSignalSpy>
#include <QTableWidget>

namespace patron::test {

struct ReportsShop : BackOffice {
    std::unique_ptr<ReportsDataSet> data;
    ui::ReportsPage* page = nullptr;
    ReportsShop()
    {
        data = std::make_unique<ReportsDataSet>(db(), *clock, session->audit(), session->outbox(), *session->user(),
                                                session->store().identity());
        open();
        REQUIRE(window->showPage(QStringLiteral("reportsPage")));
        page = find<ui::ReportsPage>(window.get(), "reportsPage");
    }
    // Runs a tab's report and waits for the worker's answer (a queued signal, no event loop in
    // the product code). An earlier run (the compare box re-runs the tab it is on) may answer
    // first: only this kind's answer counts.
    bool run(ui::ReportKind kind)
    {
        QSignalSpy spy(page, &ui::ReportsPage::reportShown);
        page->showTab(kind);
        const auto answered = [&] {
            for (const QList<QVariant>& args : spy)
                if (qvariant_cast<ui::ReportKind>(args.at(0)) == kind)
                    return true;
            return false;
        };
        if (!QTest::qWaitFor([&] { return answered() && !page->isBusy(); }, 20000))
            return false;
        for (qsizetype i = spy.size() - 1; i >= 0; --i)
            if (qvariant_cast<ui::ReportKind>(spy.at(i).at(0)) == kind)
                return spy.at(i).at(1).toBool();
        return false;
    }
    // Charts lay themselves out on the next paint; give them one before a screenshot.
    void screenshot(const QString& name)
    {
        QTest::qWait(300);
        maybeScreenshot(window.get(), name);
    }
    QString cell(const char* table, int row, int col)
    {
        auto* t = find<QTableWidget>(page, table);
        return t->item(row, col) ? t->item(row, col)->text() : QString();
    }
};


} // namespace patron::test
