// Every back-office page as a manager sees it on a shop with a few weeks of history (the reports'
// data set, a pending price change, a promotion, a pair of duplicate members), in Chinese and
// English: no label or button text is cut off. PATRON_SCREENSHOT_DIR saves each page for
// docs/screenshots.

#include "BackOfficeFixture.h"
#include "TextChecks.h"
#include "../reports/ReportsDataSet.h"

#include "backoffice/MemberMergeDialog.h"
#include "backoffice/MembersPage.h"
#include "backoffice/PricesPage.h"
#include "catalog/PriceSchedule.h"
#include "store/StoreSettings.h"

#include <QListWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

struct DemoShop : BackOffice {
    std::unique_ptr<ReportsDataSet> data;

    DemoShop()
    {
        const Session admin = *session->user();
        data = std::make_unique<ReportsDataSet>(db(), *clock, session->audit(), session->outbox(), admin,
                                                session->store().identity());
        // A second card of 张三's, made at another store without the mobile: the merge's candidate.
        MemberFields twin;
        twin.name = QStringLiteral("张三");
        twin.cardNo = QStringLiteral("880012");
        REQUIRE(session->members().members().registerMember(admin, twin).ok());

        Promotion promotion;
        promotion.name = QStringLiteral("可乐 9 折");
        promotion.kind = PromotionKind::Percent;
        promotion.targetId = data->cola;
        promotion.percentBp = 1000;
        REQUIRE(session->promotions().add(admin, promotion).ok());
    }

    // Tomorrow's new price for the cola, through the page's own schedule.
    void schedulePriceRise(PricesPage* page)
    {
        const auto cola = data->catalog.findById(data->cola);
        REQUIRE(cola);
        PriceChangeRequest rise;
        rise.skuOrCode = cola->sku;
        rise.retailMinor = cola->priceMinor + 50;
        REQUIRE(page->schedule().schedule(*session->user(), {rise}, clock->now().addDays(1),
                                          QStringLiteral("供应商涨价")).ok());
        page->refresh();
    }
};

// Lays out the page (texts just set are laid out by a posted request) and lists cut-off texts.
QStringList checkPage(QWidget* page, const QString& name, const QString& lang)
{
    REQUIRE(QTest::qWaitForWindowExposed(page->window()));
    QTest::qWait(50);
    maybeScreenshot(page->window(), QStringLiteral("backoffice-%1-%2").arg(name, lang));
    QStringList problems;
    for (const QString& c : clippedTexts(page->window()))
        problems << name + QStringLiteral(": ") + c;
    return problems;
}

} // namespace

TEST_CASE("Every back-office page with a shop's data fits its texts in Chinese and English", "[ui][backoffice][screens]")
{
    for (const QString lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        useLanguage(lang);
        RecordingTranslator* recorder = nullptr;
        if (lang == u"zh_CN") {
            // Installed last, asked first: it records, then the real translators answer.
            recorder = new RecordingTranslator(qApp);
            QCoreApplication::installTranslator(recorder);
        }
        QStringList problems;
        int pages = 0, expected = 0;
        {
            DemoShop shop;
            shop.open();
            expected = int(shop.window->pageNames().size()) - 1;  // all but the reports
            for (const QString& name : shop.window->pageNames()) {
                if (name == u"reportsPage")
                    continue;  // ReportsPageTest runs and photographs every report
                REQUIRE(shop.window->showPage(name));
                if (auto* prices = qobject_cast<PricesPage*>(shop.window->currentPage()))
                    shop.schedulePriceRise(prices);
                problems << checkPage(shop.window->currentPage(), name, lang);
                ++pages;
            }

            REQUIRE(shop.window->showPage(QStringLiteral("membersPage")));
            auto* members = qobject_cast<MembersPage*>(shop.window->currentPage());
            REQUIRE(members);
            MemberMergeDialog* merge = members->openMerge();
            REQUIRE(merge->candidates()->count() >= 1);
            merge->candidates()->setCurrentRow(0);
            problems << checkPage(merge, QStringLiteral("member-merge"), lang);
            merge->close();
        }
        INFO(lang.toStdString() << ": " << problems.join(u'\n').toStdString());
        CHECK(pages == expected);
        CHECK(problems.isEmpty());
        if (recorder) {
            QCoreApplication::removeTranslator(recorder);
            // Reported, not failed: strings added on a branch are translated when the lead
            // regenerates the catalogue (zh_CN-additions.tsv lists them).
            for (const QString& m : untranslatedInChinese(recorder->seen()))
                WARN("untranslated: " << m.toStdString());
            delete recorder;
        }
    }
    useLanguage(QStringLiteral("en"));
}
