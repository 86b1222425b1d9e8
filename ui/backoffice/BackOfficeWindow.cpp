#include "backoffice/BackOfficeWindow.h"

#include "backoffice/AuditPage.h"
#include "backoffice/BackupPage.h"
#include "backoffice/BackupScheduleSettingsPage.h"
#include "backoffice/CategoriesPage.h"
#include "backoffice/FileChooser.h"
#include "backoffice/HeadOfficeSettingsPage.h"
#include "backoffice/LanguageSettingsPage.h"
#include "backoffice/LoyaltyRulesPage.h"
#include "backoffice/MembersPage.h"
#include "backoffice/PrinterPage.h"
#include "backoffice/PricesPage.h"
#include "backoffice/ProductsPage.h"
#include "backoffice/PromotionsPage.h"
#include "backoffice/RolePermissions.h"
#include "backoffice/ScannerPage.h"
#include "backoffice/StoreDetailsSettingsPage.h"
#include "backoffice/TillKeysPage.h"
#include "backoffice/UsersPage.h"
#include "reports/ReportsPage.h"
#include "catalog/CategoryTree.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductSearch.h"
#include "devices/transport/PrinterService.h"
#include "shell/TillSession.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace patron::ui {

namespace {
const QStringList& backOfficePermissions()
{
    static const QStringList list = {perm::CatalogEdit, perm::UsersManage, perm::AuditView, perm::SettingsEdit,
                                     perm::BackupRun, perm::ReportsView, perm::MemberEdit, perm::RulesEdit};
    return list;
}
} // namespace

BackOfficeWindow::BackOfficeWindow(TillSession& session, Dialogs& dialogs, TillSettings& settings, QWidget* parent)
    : BackOfficeWindow(session, dialogs, settings, std::make_unique<QtFileChooser>(), nullptr, parent)
{
}

BackOfficeWindow::BackOfficeWindow(TillSession& session, Dialogs& dialogs, TillSettings& settings,
                                   FileChooser& files, QWidget* parent)
    : BackOfficeWindow(session, dialogs, settings, nullptr, &files, parent)
{
}

BackOfficeWindow::BackOfficeWindow(TillSession& session, Dialogs& dialogs, TillSettings& settings,
                                   std::unique_ptr<FileChooser> own, FileChooser* files, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_ownFiles(std::move(own)), m_files(files ? *files : *m_ownFiles),
      m_printer(new PrinterService(this))
{
    setObjectName(QStringLiteral("backOffice"));
    setWindowTitle(tr("Back office \u2013 %1").arg(session.storeDescription()));
    Store& store = session.store();
    m_catalog = std::make_unique<ProductCatalog>(store.db(), session.audit(), session.outbox(), session.clock());
    m_search = std::make_unique<ProductSearch>(store.db(), *m_catalog);
    m_categories = std::make_unique<CategoryTree>(store.db(), *m_catalog, session.audit(), session.outbox(), session.clock());
    m_roles = std::make_unique<RolePermissions>(store.db(), session.audit());
    m_storeSettings = std::make_unique<StoreSettings>(store.db(), session.clock());

    auto* central = new QWidget(this);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(200);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    const std::optional<Session>& user = session.user();
    if (!user)
        return;
    const Session actor = *user;
    if (actor.can(perm::CatalogEdit)) {
        auto* products = new ProductsPage(store, session.clock(), *m_catalog, *m_search, actor, dialogs, m_files, m_pages);
        products->setHeadOfficeOwned(SyncConfig(*m_storeSettings).connectInfo().has_value());
        addPage(products, tr("Products"));
        auto* categories = new CategoriesPage(*m_categories, actor, dialogs, m_pages);
        categories->setHeadOfficeOwned(products->isHeadOfficeOwned());
        connect(categories, &CategoriesPage::changed, products, &ProductsPage::refresh);
        addPage(categories, tr("Categories"));
        auto* prices = new PricesPage(store, session.audit(), session.clock(), *m_catalog, *m_search,
                                      store.identity().currency, actor, dialogs, m_files, m_pages);
        prices->setHeadOfficeOwned(products->isHeadOfficeOwned());
        addPage(prices, tr("Price changes"));
        auto* promotions = new PromotionsPage(session.promotions(), *m_catalog, *m_search, session.clock(),
                                              store.identity().currency, actor, dialogs, m_pages);
        promotions->setHeadOfficeOwned(products->isHeadOfficeOwned());
        // A category promotion names its category by path: a rename or move shows at once.
        connect(categories, &CategoriesPage::changed, promotions, &PromotionsPage::refresh);
        addPage(promotions, tr("Promotions"));
    }
    if (actor.can(perm::MemberEdit))
        addPage(new MembersPage(store, session.clock(), session.members(), session.audit(), session.outbox(), actor,
                                dialogs, m_files, m_pages),
                tr("Members"));
    if (actor.can(perm::RulesEdit)) {
        // A till joined to head office receives the rules by pull; editing them here would be overwritten.
        const bool headOfficeOwned = SyncConfig(*m_storeSettings).connectInfo().has_value();
        addPage(new LoyaltyRulesPage(session.members().rules(), session.clock(), store.identity().currency, actor, dialogs,
                                     headOfficeOwned, m_pages),
                tr("Loyalty rules"));
    }
    if (actor.can(perm::UsersManage))
        addPage(new UsersPage(session.users(), *m_roles, actor, dialogs, m_pages), tr("Users and roles"));
    if (actor.can(perm::AuditView))
        addPage(new AuditPage(store.db(), session.audit(), dialogs, m_pages), tr("Audit log"));
    if (actor.can(perm::SettingsEdit))
        addPage(new PrinterPage(settings, store.db(), *m_storeSettings, session.audit(), session.clock(),
                                store.identity().storeName, actor, dialogs, m_files, *m_printer, m_pages),
                tr("Printer and receipt"));
    if (actor.can(perm::SettingsEdit))
        addPage(new ScannerPage(settings, dialogs, m_pages), tr("Scanner"));
    if (actor.can(perm::CatalogEdit))  // like the quick keys: whoever arranges the till
        addPage(new TillKeysPage(store.db(), *m_storeSettings, session.audit(), actor, dialogs, m_pages), tr("Till keys"));
    if (actor.can(perm::SettingsEdit))
        addPage(new StoreDetailsSettingsPage(store, *m_storeSettings, session.audit(), actor,
                                             SyncConfig(*m_storeSettings).connectInfo().has_value(), dialogs, m_pages),
                tr("Store details"));
    if (actor.can(perm::SettingsEdit)) {
        auto* headOffice = new HeadOfficeSettingsPage(store.db(), *m_storeSettings, session.audit(), session.outbox(),
                                                      session.clock(), actor, dialogs, m_files, m_pages);
        connect(headOffice, &HeadOfficeSettingsPage::connectionChanged, this, &BackOfficeWindow::headOfficeChanged);
        addPage(headOffice, tr("Head office"));
    }
    if (actor.can(perm::SettingsEdit))
        addPage(new LanguageSettingsPage(settings, m_pages), tr("Language"));
    if (actor.can(perm::BackupRun)) {
        auto* backup = new BackupPage(store, session.outbox(), actor, SyncConfig(*m_storeSettings).connectInfo().has_value(), dialogs, m_files,
                                      m_pages);
        connect(backup, &BackupPage::restoreRequested, this, &BackOfficeWindow::restoreRequested);
        addPage(backup, tr("Backup"));
    }
    if (actor.can(perm::BackupRun))
        addPage(new BackupScheduleSettingsPage(store.db(), session.audit(), session.clock(), actor, dialogs, m_pages),
                tr("Backup schedule"));
    if (actor.can(perm::ReportsView))
        addPage(new ReportsPage(store, session.clock(), dialogs, m_files, m_pages), tr("Reports"));
    m_nav->setCurrentRow(0);
}

BackOfficeWindow::~BackOfficeWindow()
{
    // Pages (and their worker threads) go before the services they use.
    delete m_pages;
    m_pages = nullptr;
}

bool BackOfficeWindow::allowedFor(const Session& session)
{
    for (const QString& p : backOfficePermissions())
        if (session.can(p))
            return true;
    return false;
}

void BackOfficeWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(180, 44));
}

QStringList BackOfficeWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_pages->count(); ++i)
        names << m_pages->widget(i)->objectName();
    return names;
}

bool BackOfficeWindow::showPage(const QString& objectName)
{
    const int i = int(pageNames().indexOf(objectName));
    if (i < 0)
        return false;
    m_nav->setCurrentRow(i);
    return true;
}

QWidget* BackOfficeWindow::currentPage() const { return m_pages->currentWidget(); }

} // namespace patron::ui
