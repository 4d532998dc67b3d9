# Generated from ui/entry_add_person_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_add_person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_AddPersonDialog(object):
    def setupUi(self, AddPersonDialog: QDialog) -> None:
        if not AddPersonDialog.objectName():
            AddPersonDialog.setObjectName(u"AddPersonDialog")
        AddPersonDialog.resize(440, 150)
        self.dialogLayout = QVBoxLayout(AddPersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(AddPersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AddPersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.positionLabel = QLabel(AddPersonDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(AddPersonDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.noteLabel = QLabel(AddPersonDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.noteLabel)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(AddPersonDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #9a0f0f;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(AddPersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.positionEdit)

        self.retranslateUi(AddPersonDialog)

        QMetaObject.connectSlotsByName(AddPersonDialog)
    # setupUi

    def retranslateUi(self, AddPersonDialog: QDialog) -> None:
        AddPersonDialog.setWindowTitle(QCoreApplication.translate("AddPersonDialog", u"Add a person to the roster", None))
        self.nameLabel.setText(QCoreApplication.translate("AddPersonDialog", u"Full &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("AddPersonDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("AddPersonDialog", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("AddPersonDialog", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("AddPersonDialog", u"For someone working here who is not on the staff list (a new hire, a transfer).", None))
    # retranslateUi

