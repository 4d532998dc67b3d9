# Generated from ui/accounts_first_run_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog: QDialog) -> None:
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(580, 440)
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(FirstRunDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.pathLabel = QLabel(FirstRunDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.pathLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(FirstRunDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(FirstRunDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(8)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeHintLabel = QLabel(FirstRunDialog)
        self.codeHintLabel.setObjectName(u"codeHintLabel")
        self.codeHintLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeHintLabel)

        self.nameLabel = QLabel(FirstRunDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FirstRunDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.provinceLabel = QLabel(FirstRunDialog)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(FirstRunDialog)
        self.provinceEdit.setObjectName(u"provinceEdit")
        self.provinceEdit.setMaxLength(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(FirstRunDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.provinceEdit)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog: QDialog) -> None:
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"First start \u2013 OfficeDesk", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Set up OfficeDesk on this computer", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"There are no OfficeDesk data on this computer yet. Give the computer a short code and a name; next you create the administrator's account.", None))
        self.codeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Short &code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Short code of this computer", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"A1", None))
        self.codeHintLabel.setText(QCoreApplication.translate("FirstRunDialog", u"2 to 8 letters or digits, such as A1 or HOA. It ends the number of every minutes made on this computer (07/BB-\u0110KT-A1), so that two laptops never give the same number: give each computer its own code.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Name of this computer:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Name of this computer", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"for example: Laptop of inspection team 1", None))
        self.provinceLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Province:", None))
#if QT_CONFIG(accessibility)
        self.provinceEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Province", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

