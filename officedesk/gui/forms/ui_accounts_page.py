# Generated from ui/accounts_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage: QWidget) -> None:
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        AccountsPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(AccountsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(AccountsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AccountsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.messageLabel = QLabel(AccountsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(AccountsPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(AccountsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(AccountsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.accountsTable = QTableView(AccountsPage)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setAlternatingRowColors(True)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setWordWrap(False)

        self.pageLayout.addWidget(self.accountsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(AccountsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(AccountsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.resetButton = QPushButton(AccountsPage)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.unlockButton = QPushButton(AccountsPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonsLayout.addWidget(self.unlockButton)

        self.activeButton = QPushButton(AccountsPage)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonsLayout.addWidget(self.activeButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.ownLine = QFrame(AccountsPage)
        self.ownLine.setObjectName(u"ownLine")
        self.ownLine.setFrameShape(QFrame.Shape.HLine)
        self.ownLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.pageLayout.addWidget(self.ownLine)

        self.ownLayout = QHBoxLayout()
        self.ownLayout.setObjectName(u"ownLayout")
        self.ownLabel = QLabel(AccountsPage)
        self.ownLabel.setObjectName(u"ownLabel")

        self.ownLayout.addWidget(self.ownLabel)

        self.changeOwnButton = QPushButton(AccountsPage)
        self.changeOwnButton.setObjectName(u"changeOwnButton")

        self.ownLayout.addWidget(self.changeOwnButton)

        self.ownSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownLayout.addItem(self.ownSpacer)


        self.pageLayout.addLayout(self.ownLayout)

        self.bottomSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.bottomSpacer)

        self.pageLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.accountsTable)
        QWidget.setTabOrder(self.accountsTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.changeOwnButton)

        self.retranslateUi(AccountsPage)

        QMetaObject.connectSlotsByName(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        AccountsPage.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AccountsPage", u"Accounts", None))
        self.introLabel.setText(QCoreApplication.translate("AccountsPage", u"Everyone who uses OfficeDesk on this computer signs in with an account of their own, so the records show who entered and signed what. Accounts are never deleted: deactivate the account of someone who has left.", None))
        self.filterLabel.setText(QCoreApplication.translate("AccountsPage", u"F&ind:", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Find an account", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"Name, user name or unit", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Number of accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.accountsTable.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("AccountsPage", u"Create an account for a member of the team or a unit head (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("AccountsPage", u"&New account\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("AccountsPage", u"Change the chosen person's name, title, role or unit (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("AccountsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("AccountsPage", u"Give the chosen account a new password when its owner has forgotten theirs", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("AccountsPage", u"&Reset password\u2026", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("AccountsPage", u"Let the chosen person sign in again at once after repeated wrong passwords", None))
#endif // QT_CONFIG(tooltip)
        self.unlockButton.setText(QCoreApplication.translate("AccountsPage", u"&Unlock", None))
        self.activeButton.setText(QCoreApplication.translate("AccountsPage", u"&Deactivate\u2026", None))
#if QT_CONFIG(accessibility)
        self.ownLabel.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Your account", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.changeOwnButton.setToolTip(QCoreApplication.translate("AccountsPage", u"Choose a new password for your own account; you type the current one first", None))
#endif // QT_CONFIG(tooltip)
        self.changeOwnButton.setText(QCoreApplication.translate("AccountsPage", u"&Change my password\u2026", None))
    # retranslateUi

