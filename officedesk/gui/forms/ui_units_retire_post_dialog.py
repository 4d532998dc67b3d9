# Generated from ui/units_retire_post_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_retire_post_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RetirePostDialog(object):
    def setupUi(self, RetirePostDialog: QDialog) -> None:
        if not RetirePostDialog.objectName():
            RetirePostDialog.setObjectName(u"RetirePostDialog")
        RetirePostDialog.resize(500, 220)
        self.dialogLayout = QVBoxLayout(RetirePostDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanationLabel = QLabel(RetirePostDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.postLabel = QLabel(RetirePostDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postValue = QLabel(RetirePostDialog)
        self.postValue.setObjectName(u"postValue")
        self.postValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.postValue)

        self.officersLabel = QLabel(RetirePostDialog)
        self.officersLabel.setObjectName(u"officersLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officersLabel)

        self.officersValue = QLabel(RetirePostDialog)
        self.officersValue.setObjectName(u"officersValue")
        self.officersValue.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officersValue)

        self.fromLabel = QLabel(RetirePostDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(RetirePostDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromEdit)


        self.dialogLayout.addLayout(self.form)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.problemLabel = QLabel(RetirePostDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(RetirePostDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RetirePostDialog)

        QMetaObject.connectSlotsByName(RetirePostDialog)
    # setupUi

    def retranslateUi(self, RetirePostDialog: QDialog) -> None:
        RetirePostDialog.setWindowTitle(QCoreApplication.translate("RetirePostDialog", u"Retire a post", None))
#if QT_CONFIG(accessibility)
        self.explanationLabel.setAccessibleName(QCoreApplication.translate("RetirePostDialog", u"What retiring the post does", None))
#endif // QT_CONFIG(accessibility)
        self.postLabel.setText(QCoreApplication.translate("RetirePostDialog", u"Post:", None))
#if QT_CONFIG(accessibility)
        self.postValue.setAccessibleName(QCoreApplication.translate("RetirePostDialog", u"Post to retire", None))
#endif // QT_CONFIG(accessibility)
        self.officersLabel.setText(QCoreApplication.translate("RetirePostDialog", u"Officers now:", None))
#if QT_CONFIG(accessibility)
        self.officersValue.setAccessibleName(QCoreApplication.translate("RetirePostDialog", u"Officers who hold the post now", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("RetirePostDialog", u"&No longer checked from:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("RetirePostDialog", u"First day the post is no longer checked", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("RetirePostDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("RetirePostDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

