# Generated from ui/entry_excuse_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_excuse_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_ExcuseDialog(object):
    def setupUi(self, ExcuseDialog: QDialog) -> None:
        if not ExcuseDialog.objectName():
            ExcuseDialog.setObjectName(u"ExcuseDialog")
        ExcuseDialog.resize(400, 110)
        self.dialogLayout = QVBoxLayout(ExcuseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reasonLabel = QLabel(ExcuseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(ExcuseDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.documentLabel = QLabel(ExcuseDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(ExcuseDialog)
        self.documentEdit.setObjectName(u"documentEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(ExcuseDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #9a0f0f;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ExcuseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.documentLabel.setBuddy(self.documentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonCombo, self.documentEdit)

        self.retranslateUi(ExcuseDialog)

        QMetaObject.connectSlotsByName(ExcuseDialog)
    # setupUi

    def retranslateUi(self, ExcuseDialog: QDialog) -> None:
        ExcuseDialog.setWindowTitle(QCoreApplication.translate("ExcuseDialog", u"Excused absence: {name}", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExcuseDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("ExcuseDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.documentLabel.setText(QCoreApplication.translate("ExcuseDialog", u"&Document no.:", None))
#if QT_CONFIG(accessibility)
        self.documentEdit.setAccessibleName(QCoreApplication.translate("ExcuseDialog", u"Document number", None))
#endif // QT_CONFIG(accessibility)
        self.documentEdit.setPlaceholderText(QCoreApplication.translate("ExcuseDialog", u"e.g. 12/G\u0110-UBND", None))
    # retranslateUi

