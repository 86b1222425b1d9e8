#include "backoffice/TillKeysPage.h"

#include "common/Dialogs.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace patron::ui {

TillKeysPage::TillKeysPage(Database& db, StoreSettings& settings, AuditLog& audit, Session actor, Dialogs& dialogs,
                           QWidget* parent)
    : QWidget(parent), m_keys(db, settings, audit), m_actor(std::move(actor)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("tillKeysPage"));
    auto* intro = new QLabel(tr("The keys every till of this store uses. Click a key box and press the new key; "
                                "function keys and Ctrl+key work best. Digits, letters, Enter and Tab belong to "
                                "the scanner."),
                             this);
    intro->setWordWrap(true);

    auto* rows = new QWidget;
    auto* grid = new QGridLayout(rows);
    for (int i = 0; i < TillKeyMap::actions().size(); ++i) {
        const TillAction action = TillKeyMap::actions()[i];
        auto* caption = new QLabel(TillKeyMap::caption(action), rows);
        caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
        auto* description = new QLabel(TillKeyMap::description(action), rows);
        description->setWordWrap(true);
        auto* edit = new QKeySequenceEdit(rows);
        edit->setObjectName(QStringLiteral("key_") + TillKeyMap::id(action));
        edit->setMinimumWidth(160);
        auto* clear = new QToolButton(rows);
        clear->setObjectName(QStringLiteral("clear_") + TillKeyMap::id(action));
        clear->setText(tr("No key"));
        grid->addWidget(caption, i, 0);
        grid->addWidget(edit, i, 1);
        grid->addWidget(clear, i, 2);
        grid->addWidget(description, i, 3);
        m_editors.insert(action, edit);
        // One key per action: the edit records up to four in a row, so keep the first.
        connect(edit, &QKeySequenceEdit::editingFinished, this, [this, edit] {
            if (edit->keySequence().count() > 1)
                edit->setKeySequence(QKeySequence(edit->keySequence()[0]));
            check();
        });
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, &TillKeysPage::check);
        connect(clear, &QToolButton::clicked, edit, &QKeySequenceEdit::clear);
    }
    grid->setColumnStretch(3, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the descriptions wrap instead
    scroll->setFrameShape(QFrame::NoFrame);

    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    auto* defaultsButton = new QPushButton(tr("Restore defaults"), this);
    defaultsButton->setObjectName(QStringLiteral("restoreDefaults"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(defaultsButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(saveButton, &QPushButton::clicked, this, &TillKeysPage::save);
    connect(defaultsButton, &QPushButton::clicked, this, &TillKeysPage::restoreDefaults);

    QStringList problems;
    showKeys(m_keys.load(&problems));
    if (!problems.isEmpty())
        m_error->setText(problems.join(QLatin1Char(' ')));
}

void TillKeysPage::showKeys(const TillKeyMap& keys)
{
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QSignalBlocker quiet(it.value());
        it.value()->setKeySequence(keys.key(it.key()));
    }
    check();
}

TillKeyMap TillKeysPage::onScreen() const
{
    TillKeyMap keys;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        keys.setKey(it.key(), it.value()->keySequence());
    return keys;
}

void TillKeysPage::check()
{
    const auto valid = onScreen().validate();
    m_error->setText(valid ? QString() : valid.message());
}

void TillKeysPage::restoreDefaults() { showKeys(TillKeyMap::defaults()); }

bool TillKeysPage::save()
{
    const auto saved = m_keys.save(m_actor, onScreen());
    if (!saved) {
        m_error->setText(saved.message());
        m_dialogs.warning(this, tr("Till keys"), saved.message());
        return false;
    }
    m_error->clear();
    m_dialogs.information(this, tr("Till keys"), tr("Saved. The till uses the new keys when the back office closes."));
    return true;
}

QString TillKeysPage::error() const { return m_error->text(); }

} // namespace patron::ui
