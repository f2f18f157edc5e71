// Inside the cross-site lab's iframe: tells the embedding page (its origin alone) what this request carried.
parent.postMessage(JSON.parse(document.body.dataset.report), document.body.dataset.parent);
