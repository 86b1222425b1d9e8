#include "till/UnknownCodeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace patron::ui {

UnknownCodeBar::UnknownCodeBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unknownCode"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("unknownCodeText"));
    m_text->setProperty("role", QStringLiteral("error"));
    m_text->setWordWrap(true);
    auto* search = new QPushButton(tr("Search instead"), this);
    search->setObjectName(QStringLiteral("searchInstead"));
    auto* add = new QPushButton(tr("Add product"), this);
    add->setObjectName(QStringLiteral("addProduct"));
    for (QPushButton* b : {search, add}) {
        b->setMinimumHeight(40);
        b->setFocusPolicy(Qt::NoFocus);  // the scanner keeps its field
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(search);
    layout->addWidget(add);
    connect(search, &QPushButton::clicked, this, [this] {
        const QString code = m_code;
        dismiss();
        emit searchRequested(code);
    });
    connect(add, &QPushButton::clicked, this, [this] { emit addRequested(m_code); });
    hide();
}

void UnknownCodeBar::showCode(const QString& code)
{
    m_code = code;
    m_text->setText(tr("Barcode %1 is not in the catalog.").arg(code));
    show();
}

void UnknownCodeBar::dismiss()
{
    m_code.clear();
    hide();
}

QString UnknownCodeBar::text() const { return m_text->text(); }

} // namespace patron::ui
