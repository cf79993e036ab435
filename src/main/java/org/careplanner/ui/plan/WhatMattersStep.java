package org.careplanner.ui.plan;

/**
 * Step 2, "What matters to you": the one-page profile in the person's words, and what is working and not
 * working from their point of view, and the support they have that the budget does not pay for.
 */
final class WhatMattersStep {

    private WhatMattersStep() {
    }

    static StepForm form(PlanEditorViewModel plan) {
        return new StepForm(plan, "whatMattersStep")
                .area("aboutMe.likeAndAdmire")
                .area("aboutMe.importantTo")
                .area("aboutMe.importantFor")
                .area("aboutMe.howBestToSupport")
                .area("aboutMe.goodDay")
                .area("aboutMe.badDay")
                .heading("workingNotWorking.heading")
                .area("workingNotWorking.working")
                .area("workingNotWorking.notWorking")
                .heading("otherSupport.heading")
                .area("otherSupport.family")
                .area("otherSupport.community")
                .area("otherSupport.universalServices")
                .area("otherSupport.informationAndAdvice");
    }
}
