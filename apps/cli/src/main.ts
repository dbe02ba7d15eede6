console.log('hcdm');
