#include "till/MemberDialog.h"

#include "shell/TillSession.h"
#include "till/PlaceholderWidth.h"
#include "till/TillFormat.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

MemberDialog::MemberDialog(TillSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(tr("Member"));
    auto* layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("memberQuery"));
    m_query->setPlaceholderText(tr("Mobile, last 4 digits, card, name or initials"));
    fitPlaceholder(m_query);
    layout->addWidget(m_query);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("memberResults"));
    layout->addWidget(m_results, 1);

    auto* reg = new QGroupBox(tr("New member"), this);
    auto* form = new QFormLayout(reg);
    m_mobile = new QLineEdit(reg);
    m_mobile->setObjectName(QStringLiteral("newMobile"));
    m_name = new QLineEdit(reg);
    m_name->setObjectName(QStringLiteral("newName"));
    form->addRow(tr("Mobile"), m_mobile);
    form->addRow(tr("Name"), m_name);
    auto* add = new QPushButton(tr("Register and attach"), reg);
    add->setObjectName(QStringLiteral("register"));
    form->addRow(add);
    layout->addWidget(reg);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_found.size() == 1 && m_results->count() == 1)
            chooseRow(0);
        else
            search(m_query->text());
    });
    connect(m_query, &QLineEdit::textEdited, this, [this](const QString& q) {
        if (q.trimmed().size() >= 2)
            search(q);
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { chooseRow(m_results->currentRow()); });
    connect(m_mobile, &QLineEdit::returnPressed, m_name, qOverload<>(&QWidget::setFocus));
    connect(m_name, &QLineEdit::returnPressed, this, &MemberDialog::registerQuick);
    connect(add, &QPushButton::clicked, this, &MemberDialog::registerQuick);
    m_query->setFocus();
}

void MemberDialog::search(const QString& query)
{
    m_results->clear();
    m_message->clear();
    auto found = m_session.members().members().find(normalizeDigits(query).trimmed(), 20);
    if (!found) {
        m_message->setText(found.message());
        return;
    }
    m_found = *found;
    for (const Member& m : m_found)
        m_results->addItem(QStringLiteral("%1  %2  %3").arg(m.name, maskedMobile(m.mobile), m.cardNo));
    if (m_found.isEmpty())
        m_message->setText(tr("No member found. Register them below."));
    else
        m_results->setCurrentRow(0);
}

void MemberDialog::chooseRow(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    emit memberChosen(m_found[row].id);
    accept();
}

void MemberDialog::registerQuick()
{
    MemberFields f;
    f.mobile = normalizeDigits(m_mobile->text()).trimmed();
    f.name = m_name->text().trimmed();
    auto made = m_session.members().members().registerMember(*m_session.user(), f);
    if (!made) {
        m_message->setText(made.message());
        return;
    }
    emit memberChosen(made->id);
    accept();
}

} // namespace patron::ui
