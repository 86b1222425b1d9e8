// Every back-office page as a manager sees it on a shop with a few weeks of history (the reports'
// data set, a pending price change, a promotion, a pair of duplicate members), in Chinese and
// English: no label or button text is cut off. PATRON_SCREENSHOT_DIR saves each page for
// docs/screenshots.

#include "BackOfficeFixture.h"
#include "TextChecks.h"
#include "../reports/ReportsDataSet.h"

#include "backoffice/MemberMergeDialog.h"
#include "backoffice/MembersPage.h"
#include "backoffice/PriceDraftTable.h"
#include "backoffice/PricesPage.h"
#include "backoffice/StoreDetailsSettings.h"
#include "catalog/PriceSchedule.h"
#include "store/StoreSettings.h"

#include <QLineEdit>
#include <QListWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

constexpr QSize kScreen(1366, 768);  // a common shop PC screen, the window maximised

struct DemoShop : BackOffice {
    std::unique_ptr<ReportsDataSet> data;

    DemoShop()
    {
        const Session admin = *session->user();
        data = std::make_unique<ReportsDataSet>(db(), *clock, session->audit(), session->outbox(), admin,
                                                session->store().identity());
        // A second record of 张三's, as a profile pulled from another store arrives when this store
        // already had his mobile: no mobile, the same name. The merge's candidate.
        MemberFields twin;
        twin.name = QStringLiteral("张三");
        twin.mobile = QStringLiteral("13900009999");
        auto added = session->members().members().registerMember(admin, twin);
        REQUIRE(added.ok());
        db().execute("UPDATE members SET mobile = NULL, mobile_last4 = NULL WHERE id = ?", added->id);

        StoreSettings settings(db(), *clock);
        StoreDetails details{QStringLiteral("南京路店"), QStringLiteral("上海市黄浦区南京东路 100 号"),
                             QStringLiteral("021-63210000"), QStringLiteral("91310101MA1FL0XX2K")};
        REQUIRE(StoreDetailsSettings(session->store(), settings, session->audit()).save(admin, details, false).ok());

        Promotion promotion;
        promotion.name = QStringLiteral("可乐 9 折");
        promotion.kind = PromotionKind::Percent;
        promotion.targetId = data->cola;
        promotion.percentBp = 1000;
        REQUIRE(session->promotions().add(admin, promotion).ok());
    }

    // Tomorrow's new price for the cola, through the page's own schedule; the chips on the draft
    // with a new price typed, and the cola's history shown.
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
        page->showHistory(data->cola);
        const auto chips = data->catalog.findById(data->chips);
        REQUIRE(chips);
        find<QLineEdit>(page, "search")->setText(chips->sku);
        page->addResult(0);
        auto* draft = find<PriceDraftTable>(page, "draft");
        REQUIRE(draft->rowCount() == 1);
        draft->item(0, PriceDraftTable::NewRetail)->setText(QStringLiteral("7.50"));
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
    // A shop's PC is often a 1366 × 768 screen: the window must fit it.
    const QSize least = page->window()->minimumSizeHint();
    if (least.width() > kScreen.width() || least.height() > kScreen.height())
        problems << QStringLiteral("%1: needs %2 × %3").arg(name).arg(least.width()).arg(least.height());
    return problems;
}

} // namespace

TEST_CASE("Every back-office page with a shop's data fits its texts in Chinese and English", "[ui][backoffice][screens]")
{
    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
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
            expected = int(shop.window->pageNames().size());
            for (const QString& name : shop.window->pageNames()) {
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
