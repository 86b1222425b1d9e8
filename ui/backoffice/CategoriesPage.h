#pragma once
// CategoriesPage: the product category tree for a manager: add at the top or under the selected
// category, rename, move (with the branch; by the move list or by dragging it in the tree) and
// delete, each one audited core call. Read-only while
// head office owns the catalog.

#include "auth/UserService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace patron {
class CategoryTree;
}

namespace patron::ui {

class CategoryTreeView;
class Dialogs;

class CategoriesPage : public QWidget {
    Q_OBJECT
public:
    CategoriesPage(CategoryTree& tree, Session actor, Dialogs& dialogs, QWidget* parent = nullptr);

    void refresh();
    // The actions, on the selected category and the name field (the buttons call these).
    void addTopLevel();
    void addUnderSelected();
    void renameSelected();
    void moveSelected();  // under the category chosen in the move list, or to the top
    // Files a category (with its branch) under newParentId, 0 for the top level: what a drag in
    // the tree asks for.
    void moveCategory(qint64 id, qint64 newParentId);
    void deleteSelected();
    // Selects the category with that path in the tree; false when there is none.
    bool select(const QString& path);

    void setHeadOfficeOwned(bool owned);
    bool isHeadOfficeOwned() const { return m_headOfficeOwned; }

signals:
    // After any change, so the products page can show the new paths.
    void changed();

private:
    qint64 selectedId() const;
    QString selectedPath() const;
    void updateButtons();
    // Shows a failed call's message, or refreshes and selects `path` after a success.
    void finish(const QString& title, bool ok, const QString& message, const QString& path);

    CategoryTree& m_tree;
    Session m_actor;
    Dialogs& m_dialogs;
    CategoryTreeView* m_view;
    QLineEdit* m_name;
    QComboBox* m_moveTo;
    QLabel* m_details;
    QLabel* m_ownedNote;
    QList<QPushButton*> m_needSelection;
    QList<QWidget*> m_editing;  // disabled while head office owns the catalog
    bool m_headOfficeOwned = false;
};

} // namespace patron::ui
