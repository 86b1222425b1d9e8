#include "till/ReprintDialog.h"

#include "sales/receipt/ReceiptTextRenderer.h"
#include "shell/TillSession.h"
#include "till/RecentReceipts.h"
#include "till/TillFormat.h"
#include "till/TillPrinter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
constexpr int kRecentCount = 20;
}

ReprintDialog::ReprintDialog(TillSession& session, TillPrinter& printer, QWidget* parent)
    : QDialog(parent), m_session(session), m_printer(printer)
{
    setObjectName(QStringLiteral("reprintDialog"));
    setWindowTitle(tr("Reprint a receipt"));
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 1);
    left->addWidget(new QLabel(tr("Recent receipts of this till:"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentReceipts"));
    left->addWidget(m_recent, 1);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("receiptNumber"));
    m_number->setPlaceholderText(tr("Or type or scan a receipt number"));
    m_number->setAttribute(Qt::WA_InputMethodEnabled, false);
    left->addWidget(m_number);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reprintError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    left->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("Print copy"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printCopy"));
    left->addWidget(buttons);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("reprintPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(QStringLiteral("Noto Sans Mono CJK SC"), 10));
    m_preview->setMinimumWidth(QFontMetrics(m_preview->font()).horizontalAdvance(QString(44, u'0')));
    outer->addWidget(m_preview, 1);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QListWidget::currentRowChanged, this, [this] {
        if (auto* item = m_recent->currentItem())
            m_number->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this] { reprint(m_number->text().trimmed()); });
    connect(m_number, &QLineEdit::returnPressed, this, [this] { reprint(m_number->text().trimmed()); });
    connect(print, &QPushButton::clicked, this, [this] { reprint(m_number->text().trimmed()); });
    loadRecent();
}

void ReprintDialog::loadRecent()
{
    auto recent = recentReceipts(m_session.store().db(), kRecentCount);
    if (!recent) {
        m_error->setText(recent.message());
        return;
    }
    for (const RecentReceipt& r : *recent) {
        const QString when = QDateTime::fromString(r.createdAt, Qt::ISODate).toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        const QString text = r.isReturn ? tr("%1  %2  return %3").arg(when, r.receiptNo, yuan(-r.totalMinor))
                                        : tr("%1  %2  %3").arg(when, r.receiptNo, yuan(r.totalMinor));
        auto* item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, r.receiptNo);
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

bool ReprintDialog::reprint(const QString& receiptNo)
{
    if (receiptNo.isEmpty()) {
        m_error->setText(tr("Choose a receipt or type its number."));
        return false;
    }
    auto doc = m_session.receipt(receiptNo, true);
    if (!doc) {
        m_error->setText(doc.message());
        return false;
    }
    m_error->clear();
    m_preview->setPlainText(ReceiptTextRenderer::renderText(*doc, 42));
    m_lastCopy = *doc;
    if (!m_printer.print(*doc, false))
        m_error->setText(tr("No printer is set up; the copy is shown here only."));
    return true;
}

} // namespace patron::ui
