#pragma once
// BackOfficeWindow: the manager's back office: a navigation list on the left and one page per
// area (products, categories, members, loyalty rules, users and roles, audit log, printer and receipt, backup). A page is there
// only when the signed-in user's role has its permission; the session is taken when the window
// opens, so a later sign-out at the till does not widen it.

#include "auth/UserService.h"
#include "common/SharedSecret.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace patron {
class CategoryTree;
class PrinterService;
class ProductCatalog;
class ProductSearch;
class StoreSettings;
class TillSettings;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class RolePermissions;
class TillSession;

class BackOfficeWindow : public QMainWindow {
    Q_OBJECT
public:
    BackOfficeWindow(TillSession& session, Dialogs& dialogs, TillSettings& settings, QWidget* parent = nullptr);
    // Tests hand in a FileChooser that answers without a dialog.
    BackOfficeWindow(TillSession& session, Dialogs& dialogs, TillSettings& settings, FileChooser& files,
                     QWidget* parent = nullptr);
    ~BackOfficeWindow() override;

    // Whether the session may open the back office at all (it has any page's permission).
    static bool allowedFor(const Session& session);

    // The pages shown, by object name ("productsPage", …), in navigation order.
    QStringList pageNames() const;
    // Shows the page with that object name; false when it is not there for this user.
    bool showPage(const QString& objectName);
    QWidget* currentPage() const;

signals:
    // The head-office page joined (true) or left (false): the till's sync follows at once.
    void headOfficeChanged(bool joined);
    // The backup page checked a backup and an administrator confirmed the restore: the till
    // closes this window and its session, restores, and reopens (MainWindow). Connect queued.
    void restoreRequested(const QString& file, const patron::SharedSecret& passphrase);

private:
    BackOfficeWindow(TillSession& session, Dialogs& dialogs, TillSettings& settings, std::unique_ptr<FileChooser> own,
                     FileChooser* files, QWidget* parent);
    void addPage(QWidget* page, const QString& title);

    TillSession& m_session;
    std::unique_ptr<FileChooser> m_ownFiles;
    FileChooser& m_files;
    std::unique_ptr<ProductCatalog> m_catalog;
    std::unique_ptr<CategoryTree> m_categories;
    std::unique_ptr<ProductSearch> m_search;
    std::unique_ptr<RolePermissions> m_roles;
    std::unique_ptr<StoreSettings> m_storeSettings;
    PrinterService* m_printer;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
};

} // namespace patron::ui
