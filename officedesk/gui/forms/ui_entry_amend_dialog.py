# Generated from ui/entry_amend_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_amend_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_AmendDialog(object):
    def setupUi(self, AmendDialog: QDialog) -> None:
        if not AmendDialog.objectName():
            AmendDialog.setObjectName(u"AmendDialog")
        AmendDialog.resize(520, 260)
        self.dialogLayout = QVBoxLayout(AmendDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.introLabel = QLabel(AmendDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.introLabel)

        self.reasonLabel = QLabel(AmendDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(AmendDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(AmendDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #9a0f0f;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(AmendDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AmendDialog)

        QMetaObject.connectSlotsByName(AmendDialog)
    # setupUi

    def retranslateUi(self, AmendDialog: QDialog) -> None:
        AmendDialog.setWindowTitle(QCoreApplication.translate("AmendDialog", u"Amend the signed minutes", None))
        self.introLabel.setText(QCoreApplication.translate("AmendDialog", u"A new draft version is made from the signed one, which stays as it was and can still be read. The amended minutes print the reason and are signed again.", None))
        self.reasonLabel.setText(QCoreApplication.translate("AmendDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AmendDialog", u"Reason for the amendment", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AmendDialog", u"e.g. The unit produced invitation no. 15/GM-UBND: the officer attended a meeting with permission.", None))
    # retranslateUi

